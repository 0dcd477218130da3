using MotCua.Reporting.Domain.Periods;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>The columns of Biểu 06 in the form's order (DOMAIN B §4), then the two local columns.</summary>
public enum B06Column
{
    ReceivedTotal,
    ReceivedOnline,
    ReceivedDirect,
    CarriedOver,
    ResolvedTotal,
    Early,
    OnTime,
    Late,
    InProgressTotal,
    WithinTime,
    Overdue,
    Withdrawn,
    Stopped,
}

/// <summary>The government level a dossier is handled at: the row groups of Biểu 06 (B §4 "grouped by level").</summary>
public enum B06Level
{
    /// <summary>Cấp tỉnh: the provincial committee, its agencies (sở, ngành) and their departments.</summary>
    Province = 1,

    /// <summary>Cấp huyện: a district committee and its departments.</summary>
    District = 2,

    /// <summary>Cấp xã: a commune committee.</summary>
    Commune = 3,
}

/// <summary>A line of figures, one per <see cref="B06Column"/>.</summary>
public sealed record B06Figures(
    long ReceivedTotal,
    long ReceivedOnline,
    long ReceivedDirect,
    long CarriedOver,
    long ResolvedTotal,
    long Early,
    long OnTime,
    long Late,
    long InProgressTotal,
    long WithinTime,
    long Overdue,
    long Withdrawn,
    long Stopped)
{
    public static readonly B06Figures Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static IReadOnlyList<B06Column> Columns { get; } = Enum.GetValues<B06Column>();

    /// <summary>The measure behind each column: a figure and its drill-down list share one predicate.</summary>
    public static string MeasureKey(B06Column column) => B06Measure.Prefix + column switch
    {
        B06Column.ReceivedTotal => "received",
        B06Column.ReceivedOnline => "received.online",
        B06Column.ReceivedDirect => "received.direct",
        B06Column.CarriedOver => "received.carried",
        B06Column.ResolvedTotal => "resolved",
        B06Column.Early => "resolved.early",
        B06Column.OnTime => "resolved.ontime",
        B06Column.Late => "resolved.late",
        B06Column.InProgressTotal => "pending",
        B06Column.WithinTime => "pending.within",
        B06Column.Overdue => "pending.overdue",
        B06Column.Withdrawn => "withdrawn",
        B06Column.Stopped => "stopped",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    public long this[B06Column column] => column switch
    {
        B06Column.ReceivedTotal => ReceivedTotal,
        B06Column.ReceivedOnline => ReceivedOnline,
        B06Column.ReceivedDirect => ReceivedDirect,
        B06Column.CarriedOver => CarriedOver,
        B06Column.ResolvedTotal => ResolvedTotal,
        B06Column.Early => Early,
        B06Column.OnTime => OnTime,
        B06Column.Late => Late,
        B06Column.InProgressTotal => InProgressTotal,
        B06Column.WithinTime => WithinTime,
        B06Column.Overdue => Overdue,
        B06Column.Withdrawn => Withdrawn,
        B06Column.Stopped => Stopped,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    public static B06Figures From(IReadOnlyDictionary<string, long>? counts)
    {
        long Get(B06Column column) => counts is not null && counts.TryGetValue(MeasureKey(column), out var value) ? value : 0;
        return new(
            Get(B06Column.ReceivedTotal), Get(B06Column.ReceivedOnline), Get(B06Column.ReceivedDirect), Get(B06Column.CarriedOver),
            Get(B06Column.ResolvedTotal), Get(B06Column.Early), Get(B06Column.OnTime), Get(B06Column.Late),
            Get(B06Column.InProgressTotal), Get(B06Column.WithinTime), Get(B06Column.Overdue), Get(B06Column.Withdrawn), Get(B06Column.Stopped));
    }

    public static B06Figures operator +(B06Figures a, B06Figures b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(
            a.ReceivedTotal + b.ReceivedTotal, a.ReceivedOnline + b.ReceivedOnline, a.ReceivedDirect + b.ReceivedDirect, a.CarriedOver + b.CarriedOver,
            a.ResolvedTotal + b.ResolvedTotal, a.Early + b.Early, a.OnTime + b.OnTime, a.Late + b.Late,
            a.InProgressTotal + b.InProgressTotal, a.WithinTime + b.WithinTime, a.Overdue + b.Overdue, a.Withdrawn + b.Withdrawn, a.Stopped + b.Stopped);
    }

    public static B06Figures Add(B06Figures a, B06Figures b) => a + b;

    /// <summary>
    /// The invariants of B §4 that do not hold on this line, by code: each total measure is counted on its own, so a
    /// broken sum means inconsistent facts, never arithmetic.
    /// </summary>
    public IReadOnlyList<string> BrokenInvariants()
    {
        var broken = new List<string>(4);
        if (ReceivedTotal != ReceivedOnline + ReceivedDirect + CarriedOver)
        {
            broken.Add(B06Invariant.ReceivedBySource);
        }

        if (ReceivedTotal != ResolvedTotal + InProgressTotal + Withdrawn + Stopped)
        {
            broken.Add(B06Invariant.ReceivedByOutcome);
        }

        if (ResolvedTotal != Early + OnTime + Late)
        {
            broken.Add(B06Invariant.ResolvedByTimeliness);
        }

        if (InProgressTotal != WithinTime + Overdue)
        {
            broken.Add(B06Invariant.InProgressByTimeliness);
        }

        return broken;
    }
}

/// <summary>Codes of the invariants of B §4 (IMPL), with their texts in the resources ("Invariant.{code}").</summary>
public static class B06Invariant
{
    public const string ReceivedBySource = "received-by-source";
    public const string ReceivedByOutcome = "received-by-outcome";
    public const string ResolvedByTimeliness = "resolved-by-timeliness";
    public const string InProgressByTimeliness = "in-progress-by-timeliness";
}

/// <summary>One row: a field (lĩnh vực) at one level, with the invariants its figures break (none, normally).</summary>
public sealed record B06Row(string FieldCode, string FieldName, B06Figures Figures, IReadOnlyList<string> Broken);

public sealed record B06Group(B06Level Level, IReadOnlyList<B06Row> Rows, B06Figures Total, IReadOnlyList<string> Broken);

public sealed record B06Unit(Guid Id, string Code, string Name, string Path);

/// <summary>
/// Biểu số 06/VPCP/KSTT for a unit and a period: its data window, due date and the instant open dossiers were judged
/// at (the cut-off's end, or now while the period runs), the rows by level and field, and the grand total.
/// </summary>
public sealed record B06Report(B06Unit Unit, ReportPeriod Period, DateTime AsOfUtc, IReadOnlyList<B06Group> Groups, B06Figures Total, IReadOnlyList<string> Broken)
{
    public bool IsConsistent => Broken.Count == 0 && Groups.All(g => g.Broken.Count == 0 && g.Rows.All(r => r.Broken.Count == 0));

    public int RowCount => Groups.Sum(g => g.Rows.Count);
}
