using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The staff sign-in screen (/dang-nhap).</summary>
public sealed class SignInPage(IPage page)
{
    public const string DemoPassword = "MotCua@2026";

    public async Task OpenAsync(string? returnUrl = null) =>
        await page.GotoAsync("/dang-nhap" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)));

    public async Task SignInAsync(string email, string password = DemoPassword)
    {
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    public ILocator Error => page.Locator("#signin-error");
}
