using MotCua.Kernel.Calendar;

namespace MotCua.Reporting.Domain.Periods;

/// <summary>
/// A report period: its data window (local days, both inclusive: <see cref="From"/> → <see cref="To"/>, the cut-off) and
/// its due date (hạn gửi báo cáo), moved off a day off by the policy; <see cref="NominalDue"/> is the date before moving.
/// A custom range has neither year nor due date.
/// </summary>
public sealed record ReportPeriod(ReportPeriodKind Kind, int? Year, DateOnly From, DateOnly To, DateOnly? NominalDue, DateOnly? Due)
{
    public bool DueMoved => NominalDue != Due;

    /// <summary>Calendar days in the window.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;
}

/// <summary>Computes the periods of DOMAIN A9 from the options and the working calendar. Pure.</summary>
public sealed class ReportPeriods(ReportPeriodOptions options, WorkingCalendar calendar)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static readonly IReadOnlyList<ReportPeriodKind> Kinds =
    [
        ReportPeriodKind.Q1, ReportPeriodKind.Q2, ReportPeriodKind.Q3, ReportPeriodKind.Q4,
        ReportPeriodKind.SixMonths, ReportPeriodKind.NineMonths, ReportPeriodKind.Year,
    ];

    /// <summary>The fixed period <paramref name="kind"/> of <paramref name="year"/>; not for <see cref="ReportPeriodKind.Custom"/>.</summary>
    public ReportPeriod Of(ReportPeriodKind kind, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        var lastMonth = LastMonth(kind);
        var firstMonth = kind switch
        {
            ReportPeriodKind.Q1 or ReportPeriodKind.Q2 or ReportPeriodKind.Q3 or ReportPeriodKind.Q4 => lastMonth - 2,
            _ => 1,
        };
        var (from, to) = options.Windows switch
        {
            // NĐ 09/2019 (DOMAIN A9, B §4): from the day after the cut-off in the month before the first month
            // (15/12 of the previous year for Q1 and for the cumulative periods) to the cut-off of the last month.
            WindowPattern.Decree09 => (
                new DateOnly(year, firstMonth, 1).AddMonths(-1).AddDays(options.CutOffDay),
                new DateOnly(year, lastMonth, options.CutOffDay)),
            _ => (new DateOnly(year, firstMonth, 1), new DateOnly(year, lastMonth, 1).AddMonths(1).AddDays(-1)),
        };
        var nominal = NominalDue(options.RuleFor(kind), year, lastMonth);
        return new ReportPeriod(kind, year, from, to, nominal, OnWorkingDay(nominal));
    }

    /// <summary>A custom range (both days inclusive); the caller has checked that <paramref name="from"/> ≤ <paramref name="to"/>.</summary>
    public static ReportPeriod Custom(DateOnly from, DateOnly to)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        return new ReportPeriod(ReportPeriodKind.Custom, null, from, to, null, null);
    }

    /// <summary>The periods of a year in order, for a period picker.</summary>
    public IReadOnlyList<ReportPeriod> OfYear(int year) => [.. Kinds.Select(k => Of(k, year))];

    public static int LastMonth(ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Q1 or ReportPeriodKind.Q2 or ReportPeriodKind.Q3 or ReportPeriodKind.Q4 => 3 * (int)kind,
        ReportPeriodKind.SixMonths => 6,
        ReportPeriodKind.NineMonths => 9,
        ReportPeriodKind.Year => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A custom range has no last month."),
    };

    private static DateOnly NominalDue(DueRule rule, int year, int lastMonth)
    {
        var month = new DateOnly(year, lastMonth, 1).AddMonths(rule.MonthOffset);
        var day = month.AddDays(Math.Min(rule.Day, DateTime.DaysInMonth(month.Year, month.Month)) - 1);
        return rule.Before ? day.AddDays(-1) : day;
    }

    private DateOnly OnWorkingDay(DateOnly date) =>
        calendar.IsWorkingDay(date) ? date
        : options.NonWorkingDue == NonWorkingDuePolicy.PreviousWorkingDay ? calendar.PreviousWorkingDay(date)
        : calendar.NextWorkingDay(date);
}
