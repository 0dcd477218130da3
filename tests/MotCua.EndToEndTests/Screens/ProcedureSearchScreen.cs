using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Screens;

/// <summary>/thu-tuc: the public search form and its results.</summary>
internal sealed class ProcedureSearchScreen(IPage page)
{
    public static async Task<ProcedureSearchScreen> OpenAsync(IPage page)
    {
        await page.GotoAsync("/thu-tuc");
        return new ProcedureSearchScreen(page);
    }

    public async Task SearchAsync(string words)
    {
        await page.GetByLabel("Tên hoặc mã thủ tục").FillAsync(words);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();

        // Waiting for the results page itself, not for a load state the search page is already in; its document is
        // enough (the full load waits on every asset, which a loaded CI runner once took more than 30 s to serve).
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    /// <summary>The result rows visible at this screen size (table on a desktop, cards on a phone).</summary>
    public ILocator Results => page.Locator("table.table-procedures tbody tr:visible, ul li.card:visible");

    public async Task<ProcedureDetailScreen> OpenAsync(string code)
    {
        await page.Locator($"a[href='/thu-tuc/{code}']:visible").First.ClickAsync();
        await page.WaitForURLAsync($"**/thu-tuc/{code}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return new ProcedureDetailScreen(page);
    }
}
