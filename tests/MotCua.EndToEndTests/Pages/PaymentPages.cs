using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>
/// Paying a dossier's fee: the citizen's page (/cong-dan/ho-so/{code}/thanh-toan), the payment platform's page (the
/// development gateway, on another origin), the result page the platform sends the browser back to, and the receipt.
/// </summary>
public sealed partial class PaymentPages(IPage page)
{
    public ILocator PayButton => page.GetByRole(AriaRole.Button, new() { NameRegex = PayButtonName() });

    /// <summary>Presses "Thanh toán …", pays on the platform's page and comes back to the result page.</summary>
    public async Task PayOnPlatformAsync(Func<Task> onPlatform)
    {
        await PayButton.ClickAsync();
        await page.WaitForURLAsync("**/payment-gateway/thanh-toan**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await onPlatform();
        await page.GetByRole(AriaRole.Button, new() { Name = "Thanh toán", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/thanh-toan/ket-qua**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    public ILocator Outcome => page.Locator("main [role=status]");

    public async Task OpenReceiptAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem biên lai điện tử" }).ClickAsync();
        await page.WaitForURLAsync("**/bien-lai/**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    public ILocator Receipt => page.Locator("article[aria-labelledby=bien-lai]");

    public ILocator ReceiptNumber => Receipt.Locator("strong.font-monospace");

    [GeneratedRegex("^Thanh toán [0-9.]+ đ$")]
    private static partial Regex PayButtonName();
}
