using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The staff form that edits a procedure's draft (/quan-ly/thu-tuc/{code}/sua).</summary>
public sealed class ProcedureEditorPage(IPage page)
{
    public ILocator ProcessingTime(int row) => page.Locator($"#Form_ProcessingTimes_{row}__Amount");

    public ILocator FeeDescription(int row) => page.Locator($"#Form_Fees_{row}__Description");

    public ILocator FeeAmount(int row) => page.Locator($"#Form_Fees_{row}__AmountDong");

    public ILocator ErrorSummary => page.Locator("#tom-tat-loi");

    public ILocator ErrorNextTo(ILocator input) => page.Locator($"#{input.GetAttributeAsync("aria-describedby").Result}");

    public async Task SaveAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();

    public async Task OpenPublishFormAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "Công bố", Exact = true }).ClickAsync();
}

/// <summary>The publication decision form (/quan-ly/thu-tuc/{code}/cong-bo).</summary>
public sealed class PublishProcedurePage(IPage page)
{
    public async Task FillDecisionAsync(string number, string signedOn, string signer, string effectiveOn)
    {
        await page.GetByLabel("Số quyết định").FillAsync(number);
        await page.GetByLabel("Ngày ký").FillAsync(signedOn);
        await page.GetByLabel("Người ký").FillAsync(signer);
        await page.GetByLabel("Ngày có hiệu lực").FillAsync(effectiveOn);
    }

    public async Task PublishAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Công bố" }).ClickAsync();
}
