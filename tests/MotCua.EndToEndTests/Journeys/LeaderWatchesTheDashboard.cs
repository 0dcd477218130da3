using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class LeaderWatchesTheDashboard(Browser browser)
{
    /// <summary>The control officer of the province: a leader's view of every unit.</summary>
    private const string Leader = "kiemsoat@motcua.demo";

    [Fact]
    public async Task A_leader_opens_the_dashboard_and_drills_down_from_the_on_time_rate_to_the_overdue_dossiers()
    {
        var page = await browser.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync("/bao-cao/tong-quan");
        await signIn.SignInAsync(Leader);
        await page.WaitForURLAsync(url => url.Contains("/bao-cao/tong-quan", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var dashboard = new DashboardScreen(page);
        (await dashboard.Heading.CountAsync()).ShouldBe(1);

        // The demo's overdue dossiers reach the projection through the outbox a moment after start-up.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await dashboard.OverdueRows.CountAsync() == 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the demo's overdue dossiers never reached the dashboard");
            await Task.Delay(2_000, TestContext.Current.CancellationToken);
            await dashboard.OpenAsync();
        }

        var overdue = await dashboard.OverdueRows.Locator("th a").AllInnerTextsAsync();
        await Browser.ScreenshotAsync(page, "leader-dashboard");
        (await dashboard.OnTimeFigure.InnerTextAsync()).ShouldContain("Tỷ lệ giải quyết đúng hạn");

        await dashboard.LateLink.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("chiSo=tong-quan.tre-han", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.GetByText("Hồ sơ giải quyết trễ hạn và đang giải quyết quá hạn").CountAsync()).ShouldBeGreaterThan(0);
        var listed = await dashboard.DrillDownRows.Locator("th a").AllInnerTextsAsync();
        listed.ShouldNotBeEmpty();
        listed.ShouldContain(overdue[0]);
        await Browser.ScreenshotAsync(page, "leader-dashboard-drill-down");

        var phone = await browser.NewPageAsync(phone: true);
        var phoneSignIn = new SignInPage(phone);
        await phoneSignIn.OpenAsync("/bao-cao/tong-quan");
        await phoneSignIn.SignInAsync(Leader);
        await phone.WaitForURLAsync(url => url.Contains("/bao-cao/tong-quan", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await new DashboardScreen(phone).LateLink.IsVisibleAsync()).ShouldBeTrue();
        await Browser.ScreenshotAsync(phone, "leader-dashboard-phone");
    }
}
