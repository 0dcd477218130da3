using MotCua.Engagement.Contracts;

namespace MotCua.Reporting.Features.Index766;

/// <summary>A 766 sub-indicator's numerator and denominator, before scoring (B §1.2).</summary>
public readonly record struct IndicatorParts(string Id, long Numerator, long Denominator);

/// <summary>
/// QĐ 766 group 5's PAKN sub-indicators from Engagement's figures (DOMAIN B §1.3): 5.1 (monitoring, no points) is the
/// share of PAKN about rules and procedures among those classified; 5.2 is (handled on time + in progress within time)
/// / received or handled in the period; 5.3 is (first received in the period − unsatisfied − re-raised − overdue, each
/// once) / first received in the period. Scoring (points, thresholds) stays with the 766 formula.
/// </summary>
internal static class FeedbackIndicators
{
    public const string Classification = "5.1";
    public const string Timeliness = "5.2";
    public const string Satisfaction = "5.3";

    public static IReadOnlyList<IndicatorParts> From(FeedbackCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return
        [
            new(Classification, counts.Indicator51.Numerator, counts.Indicator51.Denominator),
            new(Timeliness, counts.Indicator52.Numerator, counts.Indicator52.Denominator),
            new(Satisfaction, counts.Indicator53.Numerator, counts.Indicator53.Denominator),
        ];
    }

    /// <summary>The measure keys whose register lists are a pair's numerator and denominator (for drill-down links).</summary>
    public static (string Numerator, string Denominator) Keys(string id) => id switch
    {
        Classification => (FeedbackMeasureKeys.Regulation, FeedbackMeasureKeys.Classified),
        Timeliness => (FeedbackMeasureKeys.Timely, FeedbackMeasureKeys.Received),
        Satisfaction => (FeedbackMeasureKeys.SatisfactionNumerator, FeedbackMeasureKeys.New),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not a PAKN sub-indicator."),
    };
}
