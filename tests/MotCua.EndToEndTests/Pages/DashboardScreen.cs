using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The leader's dashboard (/bao-cao/tong-quan) and the drill-down list its figures lead to.</summary>
public sealed class DashboardScreen(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/bao-cao/tong-quan");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan tình hình giải quyết hồ sơ" });

    public ILocator OnTimeFigure => page.Locator("#figure-dung-han");

    /// <summary>"Trễ hạn, quá hạn: N hồ sơ" under the on-time rate.</summary>
    public ILocator LateLink => page.Locator("#late-link");

    public ILocator OverdueRows => page.Locator("#overdue-list tbody tr");

    public ILocator DrillDownRows => page.Locator("#drill-rows tbody tr");

    public ILocator DrillDownTotal => page.Locator("#drill-total");
}
