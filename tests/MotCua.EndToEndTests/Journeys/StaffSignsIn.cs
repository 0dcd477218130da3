using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class StaffSignsIn(Browser browser)
{
    [Fact]
    public async Task A_wrong_password_is_explained_and_the_right_one_signs_in()
    {
        var page = await browser.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();

        await signIn.SignInAsync("motcua.sapa@motcua.demo", "sai-mat-khau-1");
        (await signIn.Error.InnerTextAsync()).ShouldBe("Thư điện tử hoặc mật khẩu không đúng.");
        await Browser.ScreenshotAsync(page, "sign-in-error");

        await signIn.SignInAsync("motcua.sapa@motcua.demo");
        await page.WaitForURLAsync(url => !url.Contains("/dang-nhap", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.GetByText("Giàng Thị Mai").CountAsync()).ShouldBe(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Đăng xuất" }).CountAsync()).ShouldBe(1);
    }
}
