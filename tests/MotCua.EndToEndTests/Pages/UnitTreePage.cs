using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The organisation tree (/quan-tri/don-vi).</summary>
public sealed class UnitTreePage(IPage page)
{
    public async Task AddUnitUnderAsync(string parentName) =>
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm đơn vị trực thuộc " + parentName, Exact = true }).ClickAsync();

    public ILocator Row(string unitName) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = unitName });

    public ILocator Status => page.GetByRole(AriaRole.Status);
}
