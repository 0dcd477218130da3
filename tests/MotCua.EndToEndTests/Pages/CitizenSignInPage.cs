using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The citizens' sign-in (/cong-dan/dang-nhap) and the development identity provider's screen behind it.</summary>
public sealed class CitizenSignInPage(IPage page)
{
    public const string DemoPassword = "MotCua@2026";

    public async Task OpenAsync(string? returnUrl = null) =>
        await page.GotoAsync("/cong-dan/dang-nhap" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));

    /// <summary>Chooses the identity provider, then signs in on its page as the given citizen.</summary>
    public async Task SignInAsync(string citizenId, string password = DemoPassword)
    {
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Đăng nhập bằng") }).ClickAsync();
        await page.WaitForURLAsync("**/oidc/login**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByLabel("Số định danh cá nhân").FillAsync(citizenId);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }
}
