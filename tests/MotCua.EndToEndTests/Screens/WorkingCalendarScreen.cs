using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Screens;

/// <summary>The public working calendar of a year (/lich-lam-viec/{year}).</summary>
public sealed class WorkingCalendarScreen(IPage page)
{
    public async Task OpenAsync(int year) => await page.GotoAsync($"/lich-lam-viec/{year}");

    public ILocator Months => page.Locator("table.calendar-month");

    public ILocator Month(int month) => Months.Nth(month - 1);

    public ILocator DaysOff => page.Locator("#days-off + div table tbody tr");
}
