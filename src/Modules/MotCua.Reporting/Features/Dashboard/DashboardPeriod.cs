namespace MotCua.Reporting.Features.Dashboard;

/// <summary>The period a dashboard looks at: a calendar month, quarter or year (local days).</summary>
public enum PeriodKind
{
    Month = 1,
    Quarter = 2,
    Year = 3,
}

/// <summary>A calendar period and the one before it, the comparison every figure shows.</summary>
public sealed record DashboardPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="day"/>.</summary>
    public static DashboardPeriod Containing(PeriodKind kind, DateOnly day)
    {
        var from = kind switch
        {
            PeriodKind.Month => new DateOnly(day.Year, day.Month, 1),
            PeriodKind.Quarter => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
            PeriodKind.Year => new DateOnly(day.Year, 1, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var to = kind switch
        {
            PeriodKind.Month => from.AddMonths(1).AddDays(-1),
            PeriodKind.Quarter => from.AddMonths(3).AddDays(-1),
            _ => from.AddYears(1).AddDays(-1),
        };
        return new DashboardPeriod(kind, from, to);
    }

    public DashboardPeriod Previous() => Containing(Kind, From.AddDays(-1));

    public DashboardPeriod Next() => Containing(Kind, To.AddDays(1));

    /// <summary>"03/2026", "Quý I/2026", "2026".</summary>
    public string Name => Kind switch
    {
        PeriodKind.Month => From.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{Roman((From.Month + 2) / 3)}/{From.Year}",
        _ => From.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
