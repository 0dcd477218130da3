using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The new-unit form (/quan-tri/don-vi/moi?parent=…).</summary>
public sealed class UnitFormPage(IPage page)
{
    public async Task CreateAsync(string kind, string code, string name)
    {
        await page.GetByLabel("Cấp đơn vị").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel("Mã định danh").FillAsync(code);
        await page.GetByLabel("Tên đơn vị").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
    }
}
