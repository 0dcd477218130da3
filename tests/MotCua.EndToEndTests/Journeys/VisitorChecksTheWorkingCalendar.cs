using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using MotCua.EndToEndTests.Screens;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class VisitorChecksTheWorkingCalendar(Browser browser)
{
    [Fact]
    public async Task A_visitor_sees_Tet_2026_as_days_off_with_their_reasons()
    {
        var page = await browser.NewPageAsync();
        var calendar = new WorkingCalendarScreen(page);

        await calendar.OpenAsync(2026);

        (await page.TitleAsync()).ShouldStartWith("Lịch làm việc năm 2026");
        (await calendar.Months.CountAsync()).ShouldBe(12);
        (await calendar.Month(2).InnerTextAsync()).ShouldContain("Lễ");
        (await calendar.DaysOff.CountAsync()).ShouldBe(12);
        await Browser.ScreenshotAsync(page, "working-calendar-2026");
    }

    [Fact]
    public async Task On_a_phone_the_months_stack_and_stay_readable()
    {
        var page = await browser.NewPageAsync(phone: true);

        await new WorkingCalendarScreen(page).OpenAsync(2026);

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(390);
        await Browser.ScreenshotAsync(page, "working-calendar-2026-phone");
    }

    [Fact]
    public async Task An_administrator_adds_a_local_day_off_and_the_public_calendar_shows_it()
    {
        var page = await browser.NewPageAsync();
        await new SignInPage(page).OpenAsync("/quan-tri/lich-lam-viec/2154");
        await new SignInPage(page).SignInAsync("admin@motcua.demo");
        await page.WaitForURLAsync("**/quan-tri/lich-lam-viec/2154", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var admin = new WorkingCalendarAdminPage(page);

        await admin.AddAsync("2154-06-03", "Làm bù", "Làm bù thử", "TB thử nghiệm");
        (await admin.KindError.InnerTextAsync()).ShouldBe("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        await Browser.ScreenshotAsync(page, "working-calendar-admin-error");
        await ShouldHaveNoAccessibilityViolationsAsync(page);

        await admin.AddAsync("2154-06-03", "Nghỉ riêng của địa phương", "Lễ hội truyền thống của tỉnh", "QĐ thử nghiệm");
        (await admin.Status.InnerTextAsync()).ShouldContain("2154-06-03");
        (await admin.Changes.CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "working-calendar-admin");

        await new WorkingCalendarScreen(page).OpenAsync(2154);
        (await new WorkingCalendarScreen(page).DaysOff.Filter(new() { HasText = "03/06/2154" }).InnerTextAsync())
            .ShouldContain("Lễ hội truyền thống của tỉnh");
    }

    private static async Task ShouldHaveNoAccessibilityViolationsAsync(Microsoft.Playwright.IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})").ShouldBeEmpty();
    }
}
