using MotCua.EndToEndTests.Infrastructure;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class VisitorOpensTheHomePage(Browser browser)
{
    [Fact]
    public async Task The_home_page_offers_the_catalog_search_in_vietnamese()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");

        (await page.TitleAsync()).ShouldStartWith("Trang chủ");
        (await page.GetByRole(Microsoft.Playwright.AriaRole.Searchbox).CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "home");
    }
}
