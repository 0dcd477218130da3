using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>One of the citizen's dossiers (/cong-dan/ho-so/{code}): status, what is asked, the supplement form, the result.</summary>
public sealed class MyDossierPage(IPage page)
{
    public async Task OpenAsync(string code) =>
        await page.GotoAsync($"/cong-dan/ho-so/{code}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Notice => page.Locator("main .alert-success[role=status]");

    /// <summary>The status badge next to "Trạng thái".</summary>
    public ILocator Status => page.Locator("main dl .badge").First;

    /// <summary>"Việc bạn cần làm": what the agency asks of the citizen now.</summary>
    public ILocator Asks => page.Locator("main .border-warning");

    public ILocator Components => page.Locator("main table tbody");

    public ILocator History => page.Locator("main ol.list-group");

    public ILocator Supplement => page.Locator("section[aria-labelledby=bo-sung]");

    public async Task SupplyAsync(int component, string fileName, byte[] pdf, string note)
    {
        await Supplement.Locator($"#bo-sung-{component}").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = pdf });
        await Supplement.GetByLabel("Ghi chú gửi cơ quan (nếu có)").FillAsync(note);
        await Supplement.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ bổ sung" }).ClickAsync();
    }
}
