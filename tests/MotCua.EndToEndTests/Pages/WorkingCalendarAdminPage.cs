using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The administrator's page of a year's official calendar changes (/quan-tri/lich-lam-viec/{year}).</summary>
public sealed class WorkingCalendarAdminPage(IPage page)
{
    public async Task AddAsync(string isoDate, string kind, string reason, string source)
    {
        await page.Locator("#f-date").FillAsync(isoDate);
        await page.Locator("#f-kind").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.Locator("#f-reason").FillAsync(reason);
        await page.Locator("#f-source").FillAsync(source);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm", Exact = true }).ClickAsync();
    }

    public ILocator Changes => page.Locator("section[aria-labelledby=current] tbody tr");

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator KindError => page.Locator("#f-kind-error");
}
