using MotCua.Kernel.Calendar;
using MotCua.Reporting.Features.Dashboard;
using Shouldly;

namespace MotCua.UnitTests.Reporting;

public sealed class DashboardPeriodTests
{
    [Theory]
    [InlineData(PeriodKind.Month, "2026-02-10", "2026-02-01", "2026-02-28", "2026-01-01", "2026-01-31")]
    [InlineData(PeriodKind.Quarter, "2026-05-20", "2026-04-01", "2026-06-30", "2026-01-01", "2026-03-31")]
    [InlineData(PeriodKind.Quarter, "2026-01-01", "2026-01-01", "2026-03-31", "2025-10-01", "2025-12-31")]
    [InlineData(PeriodKind.Year, "2026-07-01", "2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31")]
    public void A_period_contains_its_day_and_the_previous_one_is_the_same_kind_just_before(
        PeriodKind kind, string day, string from, string to, string previousFrom, string previousTo)
    {
        var period = DashboardPeriod.Containing(kind, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        period.From.ShouldBe(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        period.To.ShouldBe(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        period.Previous().From.ShouldBe(DateOnly.Parse(previousFrom, System.Globalization.CultureInfo.InvariantCulture));
        period.Previous().To.ShouldBe(DateOnly.Parse(previousTo, System.Globalization.CultureInfo.InvariantCulture));
        period.Previous().Next().ShouldBe(period);
    }

    [Fact]
    public void Quarters_are_named_in_roman_numerals() =>
        DashboardPeriod.Containing(PeriodKind.Quarter, new DateOnly(2026, 11, 24)).Name.ShouldBe("IV/2026");
}

public sealed class DueSoonTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.ForVietnam([], 2020, 2030);

    private static DateTime Local(int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7)).UtcDateTime;

    [Fact]
    public void On_a_working_day_it_reaches_the_end_of_the_next_working_day() =>
        DueSoon.HorizonUtc(Calendar, Local(3, 3, 7, 30)).ShouldBe(Local(3, 5, 0));

    [Fact]
    public void On_a_Friday_it_reaches_the_end_of_Monday() =>
        DueSoon.HorizonUtc(Calendar, Local(3, 6, 7, 30)).ShouldBe(Local(3, 10, 0));

    [Fact]
    public void Before_the_30_April_and_1_May_holidays_it_reaches_the_end_of_the_Monday_after() =>
        DueSoon.HorizonUtc(Calendar, Local(4, 29, 16)).ShouldBe(Local(5, 5, 0));

    [Fact]
    public void Late_in_the_evening_it_still_counts_from_the_local_day_not_the_utc_one() =>
        // 23:30 on Thursday 5 March in Hà Nội is 16:30 UTC the same day; at 06:30 on Friday it is still Thursday in UTC.
        DueSoon.HorizonUtc(Calendar, Local(3, 6, 6, 30)).ShouldBe(Local(3, 10, 0));
}
