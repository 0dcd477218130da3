namespace MotCua.Reporting.Domain.Periods;

/// <summary>
/// Configuration section "Reporting:Periods" (DOMAIN A9: periods and due dates are configuration, because TT 01/2020's
/// exact periods and submission dates are unconfirmed, B §4 and §8.4).
/// </summary>
public sealed class ReportPeriodOptions
{
    public const string Section = "Reporting:Periods";

    public WindowPattern Windows { get; set; } = WindowPattern.Decree09;

    /// <summary>Last day of the month included in a <see cref="WindowPattern.Decree09"/> window (NĐ 09/2019: the 14th).</summary>
    public int CutOffDay { get; set; } = 14;

    /// <summary>
    /// Due date of the quarterly reports. Default: the 20th of the quarter's last month, six days after the data cut-off —
    /// a local choice, since the circular's own date is unconfirmed (DOMAIN B §8.4). Seed 000's plan ("trước ngày 10 của
    /// tháng cuối quý") is <c>{ "Day": 10, "Before": true }</c>.
    /// </summary>
    public DueRule Quarter { get; set; } = new();

    public DueRule SixMonths { get; set; } = new();

    public DueRule NineMonths { get; set; } = new();

    /// <summary>Due date of the annual report; seed 000's plan ("trước ngày 10/12") is <c>{ "Day": 10, "Before": true }</c>.</summary>
    public DueRule Year { get; set; } = new();

    public NonWorkingDuePolicy NonWorkingDue { get; set; } = NonWorkingDuePolicy.NextWorkingDay;

    public DueRule RuleFor(ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Q1 or ReportPeriodKind.Q2 or ReportPeriodKind.Q3 or ReportPeriodKind.Q4 => Quarter,
        ReportPeriodKind.SixMonths => SixMonths,
        ReportPeriodKind.NineMonths => NineMonths,
        ReportPeriodKind.Year => Year,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A custom range has no due date."),
    };

    /// <summary>Null when the options are usable, else what is wrong (checked at start-up).</summary>
    public string? Problem()
    {
        if (CutOffDay is < 1 or > 28)
        {
            return "Reporting:Periods:CutOffDay must be between 1 and 28.";
        }

        foreach (var (name, rule) in new[] { ("Quarter", Quarter), ("SixMonths", SixMonths), ("NineMonths", NineMonths), ("Year", Year) })
        {
            if (rule is null || rule.Day is < 1 or > 31 || rule.MonthOffset is < -11 or > 11)
            {
                return $"Reporting:Periods:{name} needs Day 1–31 and MonthOffset −11…11.";
            }
        }

        return null;
    }
}

/// <summary>
/// A due date relative to the period's last month: <see cref="Day"/> of the month <see cref="MonthOffset"/> months after
/// it (clamped to the month's length); <see cref="Before"/> reads the plan's "trước ngày N" as "by day N − 1".
/// </summary>
public sealed class DueRule
{
    public int MonthOffset { get; set; }

    public int Day { get; set; } = 20;

    public bool Before { get; set; }
}
