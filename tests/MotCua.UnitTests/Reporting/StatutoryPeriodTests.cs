using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain.Periods;
using Shouldly;

namespace MotCua.UnitTests.Reporting;

/// <summary>Data windows and due dates of the statutory reports (DOMAIN A9), checked against dates worked out by hand.</summary>
public sealed class StatutoryPeriodTests
{
    private static readonly WorkingCalendar Vietnam = WorkingCalendar.ForVietnam([], 2025, 2027);

    private static ReportPeriods Periods(Action<ReportPeriodOptions>? configure = null)
    {
        var options = new ReportPeriodOptions();
        configure?.Invoke(options);
        options.Problem().ShouldBeNull();
        return new ReportPeriods(options, Vietnam);
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(ReportPeriodKind.Q1, "2025-12-15", "2026-03-14")]
    [InlineData(ReportPeriodKind.Q2, "2026-03-15", "2026-06-14")]
    [InlineData(ReportPeriodKind.Q3, "2026-06-15", "2026-09-14")]
    [InlineData(ReportPeriodKind.Q4, "2026-09-15", "2026-12-14")]
    [InlineData(ReportPeriodKind.SixMonths, "2025-12-15", "2026-06-14")]
    [InlineData(ReportPeriodKind.NineMonths, "2025-12-15", "2026-09-14")]
    [InlineData(ReportPeriodKind.Year, "2025-12-15", "2026-12-14")]
    public void Decree_09_windows_run_from_the_15th_of_the_month_before_to_the_14th_of_the_last_month(ReportPeriodKind kind, string from, string to)
    {
        var period = Periods().Of(kind, 2026);

        period.From.ShouldBe(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        period.To.ShouldBe(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        period.Year.ShouldBe(2026);
    }

    [Theory]
    [InlineData(ReportPeriodKind.Q1, "2026-01-01", "2026-03-31")]
    [InlineData(ReportPeriodKind.Q2, "2026-04-01", "2026-06-30")]
    [InlineData(ReportPeriodKind.Q3, "2026-07-01", "2026-09-30")]
    [InlineData(ReportPeriodKind.Q4, "2026-10-01", "2026-12-31")]
    [InlineData(ReportPeriodKind.SixMonths, "2026-01-01", "2026-06-30")]
    [InlineData(ReportPeriodKind.NineMonths, "2026-01-01", "2026-09-30")]
    [InlineData(ReportPeriodKind.Year, "2026-01-01", "2026-12-31")]
    public void Calendar_windows_are_whole_quarters_and_months(ReportPeriodKind kind, string from, string to)
    {
        var period = Periods(o => o.Windows = WindowPattern.Calendar).Of(kind, 2026);

        period.From.ShouldBe(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        period.To.ShouldBe(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_default_due_date_is_the_20th_of_the_last_month_moved_to_the_next_working_day()
    {
        var periods = Periods();

        // 20/3/2026 is a Friday: it stays.
        var q1 = periods.Of(ReportPeriodKind.Q1, 2026);
        q1.Due.ShouldBe(D(2026, 3, 20));
        q1.DueMoved.ShouldBeFalse();

        // 20/6/2026 is a Saturday: Monday 22/6 (BLDS 2015 Đ148.5).
        var half = periods.Of(ReportPeriodKind.SixMonths, 2026);
        half.NominalDue.ShouldBe(D(2026, 6, 20));
        half.Due.ShouldBe(D(2026, 6, 22));
        half.DueMoved.ShouldBeTrue();

        // 20/12/2026 is a Sunday: Monday 21/12.
        periods.Of(ReportPeriodKind.Year, 2026).Due.ShouldBe(D(2026, 12, 21));
    }

    [Fact]
    public void Seed_000_plan_dates_read_before_the_10th_as_the_9th()
    {
        var periods = Periods(o =>
        {
            o.Quarter = new DueRule { Day = 10, Before = true };
            o.Year = new DueRule { Day = 10, Before = true };
        });

        // Monday 9/3/2026 and Wednesday 9/12/2026 are working days.
        periods.Of(ReportPeriodKind.Q1, 2026).Due.ShouldBe(D(2026, 3, 9));
        periods.Of(ReportPeriodKind.Year, 2026).Due.ShouldBe(D(2026, 12, 9));
    }

    [Fact]
    public void A_due_date_on_a_public_holiday_moves_past_the_holiday_or_before_it_when_the_plan_says_so()
    {
        // 2/9/2026 (Wednesday) is Quốc khánh and 1/9 its adjacent day off (DOMAIN A4 default).
        var later = Periods(o => o.NineMonths = new DueRule { Day = 2 }).Of(ReportPeriodKind.NineMonths, 2026);
        later.NominalDue.ShouldBe(D(2026, 9, 2));
        later.Due.ShouldBe(D(2026, 9, 3));

        var earlier = Periods(o =>
        {
            o.NineMonths = new DueRule { Day = 2 };
            o.NonWorkingDue = NonWorkingDuePolicy.PreviousWorkingDay;
        }).Of(ReportPeriodKind.NineMonths, 2026);
        earlier.Due.ShouldBe(D(2026, 8, 31));
    }

    [Fact]
    public void A_due_rule_can_fall_in_the_month_after_the_period_and_is_clamped_to_the_months_length()
    {
        // Q1 due on the 31st of the following month: April has 30 days, and 30/4/2026 is a holiday (Thursday),
        // 1/5 too (Friday): the next working day is Monday 4/5.
        var period = Periods(o => o.Quarter = new DueRule { MonthOffset = 1, Day = 31 }).Of(ReportPeriodKind.Q1, 2026);

        period.NominalDue.ShouldBe(D(2026, 4, 30));
        period.Due.ShouldBe(D(2026, 5, 4));
    }

    [Fact]
    public void A_custom_range_has_no_due_date_and_counts_its_days()
    {
        var period = ReportPeriods.Custom(D(2026, 1, 10), D(2026, 2, 9));

        period.Kind.ShouldBe(ReportPeriodKind.Custom);
        period.Due.ShouldBeNull();
        period.Days.ShouldBe(31);
        Should.Throw<ArgumentOutOfRangeException>(() => ReportPeriods.Custom(D(2026, 2, 10), D(2026, 2, 9)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void Options_refuse_a_cut_off_day_every_month_does_not_have(int day) =>
        new ReportPeriodOptions { CutOffDay = day }.Problem().ShouldNotBeNull();
}
