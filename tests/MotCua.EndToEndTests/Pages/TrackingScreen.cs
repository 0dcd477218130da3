using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The public tracking page (/tra-cuu-ho-so).</summary>
public sealed class TrackingScreen(IPage page)
{
    public async Task TrackAsync(string code, string lastFour)
    {
        await page.GotoAsync("/tra-cuu-ho-so");
        await page.GetByLabel("Mã hồ sơ").FillAsync(code);
        await page.GetByLabel("Bốn số cuối điện thoại hoặc số định danh").FillAsync(lastFour);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
    }

    public ILocator Result => page.Locator("section[aria-labelledby=ket-qua]");

    public ILocator History => page.Locator("section[aria-labelledby=qua-trinh]");

    public ILocator NotFound => page.GetByRole(AriaRole.Alert);
}
