using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class CitizenSignsInWithTheIdentityProvider(Browser browser)
{
    [Fact]
    public async Task A_citizen_on_a_phone_signs_in_through_the_provider_and_comes_back_signed_in()
    {
        var page = await browser.NewPageAsync(phone: true);
        var signIn = new CitizenSignInPage(page);
        await signIn.OpenAsync("/thu-tuc");
        await Browser.ScreenshotAsync(page, "citizen-sign-in");

        await signIn.SignInAsync("010167009153", "sai-mat-khau");
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("không đúng");
        await Browser.ScreenshotAsync(page, "citizen-sign-in-provider-refuses");

        await page.GetByLabel("Mật khẩu").FillAsync(CitizenSignInPage.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await page.WaitForURLAsync("**/thu-tuc", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" }).Or(page.Locator(".navbar-toggler")).First.ClickAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ của tôi" }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "citizen-signed-in");
    }
}
