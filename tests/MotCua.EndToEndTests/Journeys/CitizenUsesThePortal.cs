using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class CitizenUsesThePortal(Browser browser)
{
    [Fact]
    public async Task A_citizen_opens_my_dossiers_is_sent_to_sign_in_and_sees_their_dossiers_the_submit_form_and_the_wallet()
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/cong-dan");
        await page.WaitForURLAsync("**/cong-dan/dang-nhap**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await new CitizenSignInPage(page).SignInAsync("010060001234");

        await page.WaitForURLAsync("**/cong-dan", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ của tôi", Level = 1 }).CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "citizen-my-dossiers");
        await ShouldHaveNoAccessibilityViolationsAsync(page);

        await page.GotoAsync("/cong-dan/nop-ho-so");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Nộp hồ sơ trực tuyến", Level = 1 }).CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "citizen-submit-online");
        await ShouldHaveNoAccessibilityViolationsAsync(page);
        // Other journeys publish procedures with similar names: the catalog code is the one that identifies it.
        await page.Locator("a[href='/cong-dan/nop-ho-so?thu-tuc=1.001234']").ClickAsync();
        await page.WaitForURLAsync("**/cong-dan/nop-ho-so?**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Browser.ScreenshotAsync(page, "citizen-submit-form");
        await ShouldHaveNoAccessibilityViolationsAsync(page);

        // Submitting without the required documents: the reasons stand next to the components, and nothing is created.
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        (await page.Locator(".invalid-feedback").CountAsync()).ShouldBeGreaterThan(0);
        await Browser.ScreenshotAsync(page, "citizen-submit-form-errors");
        await ShouldHaveNoAccessibilityViolationsAsync(page);
        await page.GotoAsync("/cong-dan");
        (await page.Locator("main .card").CountAsync()).ShouldBe(1);

        await page.GotoAsync("/cong-dan/kho-du-lieu");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Kho dữ liệu của tôi", Level = 1 }).CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "citizen-wallet");
        await ShouldHaveNoAccessibilityViolationsAsync(page);
    }

    private static async Task ShouldHaveNoAccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})")
            .ShouldBeEmpty();
    }
}
