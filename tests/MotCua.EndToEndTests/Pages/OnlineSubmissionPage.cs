using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The citizen's online submission (/cong-dan/nop-ho-so): the procedure list, then the form of its components.</summary>
public sealed class OnlineSubmissionPage(IPage page)
{
    public async Task OpenAsync() =>
        await page.GotoAsync("/cong-dan/nop-ho-so", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

    /// <summary>Opens the form of a procedure by its catalog code (other journeys publish procedures with similar names).</summary>
    public async Task ChooseAsync(string procedureCode)
    {
        await page.Locator($"a[href='/cong-dan/nop-ho-so?thu-tuc={procedureCode}']").ClickAsync();
        await page.WaitForURLAsync($"**/cong-dan/nop-ho-so?thu-tuc={procedureCode}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Group, new() { Name = "Thành phần hồ sơ" }).WaitForAsync();
    }

    public ILocator Address => page.GetByLabel("Địa chỉ liên hệ của bạn");

    public ILocator RequestSummary => page.GetByLabel("Nội dung yêu cầu giải quyết");

    public async Task UploadAsync(int component, string fileName, byte[] pdf) =>
        await page.Locator($"#tep-{component}").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = pdf });

    /// <summary>Picks, for a component, the wallet document that came from <paramref name="sourceDossierCode"/>.</summary>
    public async Task ReuseFromWalletAsync(int component, string sourceDossierCode)
    {
        var select = page.Locator($"#kho-{component}");
        var value = await select.Locator("option").Filter(new() { HasText = sourceDossierCode }).First.GetAttributeAsync("value");
        await select.SelectOptionAsync(value!);
    }

    public async Task SubmitAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ", Exact = true }).ClickAsync();
}
