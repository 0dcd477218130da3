using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The citizen's rating of a returned dossier (/cong-dan/ho-so/{code}/danh-gia).</summary>
public sealed class RatingPage(IPage page)
{
    public async Task RateAsync(string overall, string attitude, string comment)
    {
        // The answers are radio buttons drawn as large buttons: their labels are what the citizen presses.
        await page.GetByText(overall, new() { Exact = true }).ClickAsync();
        await page.GetByText(attitude, new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Ý kiến khác (không bắt buộc)").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
    }

    public ILocator Notice => page.Locator("main .alert-success[role=status]");
}
