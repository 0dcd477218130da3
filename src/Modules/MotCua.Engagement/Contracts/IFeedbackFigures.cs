using System.Globalization;

namespace MotCua.Engagement.Contracts;

/// <summary>
/// The keys of the PAKN figures (DOMAIN B §4, suggested PAKN table; QĐ 766 5.1–5.3). The staff register lists the PAKN
/// behind a key with the very predicate that counted them (<see cref="FeedbackRegisterLinks"/>).
/// </summary>
public static class FeedbackMeasureKeys
{
    public const string Received = "pakn.received";
    public const string CarriedOver = "pakn.carried";
    public const string New = "pakn.new";
    public const string Regulation = "pakn.regulation";
    public const string Conduct = "pakn.conduct";
    public const string Classified = "pakn.classified";
    public const string Handled = "pakn.handled";
    public const string HandledOnTime = "pakn.handled.ontime";
    public const string HandledLate = "pakn.handled.late";
    public const string InProgress = "pakn.inprogress";
    public const string InProgressWithinTime = "pakn.inprogress.within";
    public const string InProgressOverdue = "pakn.inprogress.overdue";

    /// <summary>Indicator 5.2's numerator: handled on time or in progress within time.</summary>
    public const string Timely = "pakn.timely";
    public const string Published = "pakn.published";
    public const string Satisfied = "pakn.satisfied";
    public const string Unsatisfied = "pakn.unsatisfied";

    /// <summary>Indicator 5.3's numerator: first received in the period and neither unsatisfied, re-raised nor overdue.</summary>
    public const string SatisfactionNumerator = "pakn.5-3";

    public static readonly IReadOnlyList<string> All =
    [
        Received, CarriedOver, New, Regulation, Conduct, Classified, Handled, HandledOnTime, HandledLate, InProgress, InProgressWithinTime,
        InProgressOverdue, Timely, Published, Satisfied, Unsatisfied, SatisfactionNumerator,
    ];
}

/// <summary>A 766 ratio's parts, before any scoring.</summary>
public readonly record struct FeedbackRatio(long Numerator, long Denominator);

/// <summary>
/// The PAKN figures of a unit subtree for a period (DOMAIN B §4 suggested columns) and the parts of QĐ 766 5.1–5.3
/// (DOMAIN B §1.3). "Received" = carried over (submitted before the period, not handled before it) + new (submitted in
/// it) = handled in the period + in progress at its end (or today while it runs).
/// </summary>
public sealed record FeedbackCounts(
    long CarriedOver,
    long New,
    long Regulation,
    long Conduct,
    long HandledOnTime,
    long HandledLate,
    long InProgressWithinTime,
    long InProgressOverdue,
    long Published,
    long Satisfied,
    long Unsatisfied,
    long SatisfactionNumerator)
{
    public static FeedbackCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long Received => CarriedOver + New;

    public long Handled => HandledOnTime + HandledLate;

    public long InProgress => InProgressWithinTime + InProgressOverdue;

    /// <summary>5.1 (monitoring): PAKN about rules and procedures among those classified.</summary>
    public FeedbackRatio Indicator51 => new(Regulation, Regulation + Conduct);

    /// <summary>5.2: (handled on time + in progress within time) / received or handled in the period.</summary>
    public FeedbackRatio Indicator52 => new(HandledOnTime + InProgressWithinTime, Received);

    /// <summary>5.3: (new − unsatisfied − re-raised − overdue, each PAKN once) / first received in the period.</summary>
    public FeedbackRatio Indicator53 => new(SatisfactionNumerator, New);

    /// <summary>The figure of a key (the drill-down lists exactly this many).</summary>
    public long Of(string key) => key switch
    {
        FeedbackMeasureKeys.Received => Received,
        FeedbackMeasureKeys.CarriedOver => CarriedOver,
        FeedbackMeasureKeys.New => New,
        FeedbackMeasureKeys.Regulation => Regulation,
        FeedbackMeasureKeys.Conduct => Conduct,
        FeedbackMeasureKeys.Classified => Regulation + Conduct,
        FeedbackMeasureKeys.Handled => Handled,
        FeedbackMeasureKeys.HandledOnTime => HandledOnTime,
        FeedbackMeasureKeys.HandledLate => HandledLate,
        FeedbackMeasureKeys.InProgress => InProgress,
        FeedbackMeasureKeys.InProgressWithinTime => InProgressWithinTime,
        FeedbackMeasureKeys.InProgressOverdue => InProgressOverdue,
        FeedbackMeasureKeys.Timely => HandledOnTime + InProgressWithinTime,
        FeedbackMeasureKeys.Published => Published,
        FeedbackMeasureKeys.Satisfied => Satisfied,
        FeedbackMeasureKeys.Unsatisfied => Unsatisfied,
        FeedbackMeasureKeys.SatisfactionNumerator => SatisfactionNumerator,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown PAKN measure key."),
    };

    public static FeedbackCounts operator +(FeedbackCounts left, FeedbackCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.CarriedOver + right.CarriedOver, left.New + right.New, left.Regulation + right.Regulation, left.Conduct + right.Conduct,
            left.HandledOnTime + right.HandledOnTime, left.HandledLate + right.HandledLate,
            left.InProgressWithinTime + right.InProgressWithinTime, left.InProgressOverdue + right.InProgressOverdue,
            left.Published + right.Published, left.Satisfied + right.Satisfied, left.Unsatisfied + right.Unsatisfied,
            left.SatisfactionNumerator + right.SatisfactionNumerator);
    }

    public static FeedbackCounts Add(FeedbackCounts left, FeedbackCounts right) => left + right;
}

/// <summary>The PAKN figures, for Reporting (which reads Engagement only through this contract).</summary>
public interface IFeedbackFigures
{
    /// <summary>
    /// The figures of the PAKN handled by <paramref name="unitPath"/> and the units below it, for the local days
    /// <paramref name="from"/>–<paramref name="to"/> (inclusive), judged at the period's end or, while it runs, on the local
    /// day of <paramref name="asOfUtc"/>.
    /// </summary>
    Task<FeedbackCounts> CountAsync(string unitPath, DateOnly from, DateOnly to, DateTime asOfUtc, CancellationToken cancellationToken);

    /// <summary>The same figures from one aggregate query, by the path of the unit handling each PAKN (units without any are absent).</summary>
    Task<IReadOnlyDictionary<string, FeedbackCounts>> CountByUnitAsync(
        string unitPath, DateOnly from, DateOnly to, DateTime asOfUtc, CancellationToken cancellationToken);
}

/// <summary>Links to the staff register filtered to the PAKN behind a figure.</summary>
public static class FeedbackRegisterLinks
{
    public const string Register = "/xu-ly/pakn";

    /// <summary>The register filtered to a figure of <paramref name="unitId"/>'s subtree, or of the unit alone when <paramref name="ownOnly"/>.</summary>
    public static string Url(string measureKey, Guid unitId, DateOnly from, DateOnly to, bool ownOnly = false) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Register}?chi-so={Uri.EscapeDataString(measureKey)}&don-vi={unitId}&tu={from:yyyy-MM-dd}&den={to:yyyy-MM-dd}{(ownOnly ? "&rieng=true" : "")}");
}
