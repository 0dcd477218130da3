namespace MotCua.Reporting.Domain.Index766;

/// <summary>What was counted for one sub-indicator: numerator and denominator (for 2.2, days and dossiers).</summary>
public readonly record struct IndicatorCount(decimal Numerator, decimal Denominator);

/// <summary>
/// One sub-indicator's result. <see cref="Ratio"/> is null (N/A) when the denominator is 0; <see cref="Points"/> is null
/// for monitoring indicators, which show their value without points (DOMAIN A6).
/// </summary>
public sealed record IndicatorScore(SubIndicator Indicator, decimal Numerator, decimal Denominator, decimal? Ratio, decimal? Points)
{
    public bool NotApplicable => Ratio is null;
}

public sealed record PartScore(IndicatorPart Part, decimal Points);

public sealed record GroupScore(IndicatorGroup Group, decimal Points, IReadOnlyList<PartScore> Parts, IReadOnlyList<IndicatorScore> Indicators);

public sealed record IndexScore(string FormulaVersion, decimal Total, decimal MaxPoints, IReadOnlyList<GroupScore> Groups)
{
    public IEnumerable<IndicatorScore> Indicators => Groups.SelectMany(g => g.Indicators);
}

/// <summary>The ratio → points rule of DOMAIN B §1.2, group sums and the total out of 100.</summary>
public static class Scoring
{
    /// <summary>
    /// R = numerator / denominator × 100 %, rounded to 2 decimals; denominator 0 → N/A with 0 points. With a threshold T:
    /// Pmax if R ≥ T, else R × Pmax / T; without: R × Pmax (proportional). A ratio above 100 % (1.4 counts synced
    /// dossiers of earlier periods' receipts too) scores no more than Pmax.
    /// </summary>
    public static IndicatorScore Score(SubIndicator indicator, IndicatorCount count)
    {
        if (count.Denominator == 0)
        {
            return new IndicatorScore(indicator, count.Numerator, 0, null, indicator.Monitoring ? null : 0m);
        }

        var ratio = Math.Round(count.Numerator / count.Denominator * (indicator.Percent ? 100m : 1m), 2, MidpointRounding.AwayFromZero);
        if (indicator.Monitoring)
        {
            return new IndicatorScore(indicator, count.Numerator, count.Denominator, ratio, null);
        }

        var points = indicator.ThresholdPercent is { } threshold
            ? ratio >= threshold ? indicator.MaxPoints : ratio * indicator.MaxPoints / threshold
            : ratio * indicator.MaxPoints / 100m;
        return new IndicatorScore(indicator, count.Numerator, count.Denominator, ratio, Math.Min(points, indicator.MaxPoints));
    }

    /// <summary>Scores every sub-indicator of the formula; one missing from <paramref name="counts"/> has denominator 0.</summary>
    public static IndexScore Score(Formula formula, IReadOnlyDictionary<string, IndicatorCount> counts)
    {
        var groups = formula.Groups.Select(group =>
        {
            var scores = formula.Indicators.Where(i => i.Group == group.Number)
                .Select(i => Score(i, counts.TryGetValue(i.Id, out var count) ? count : default))
                .ToList();
            var parts = group.Parts
                .Select(p => new PartScore(p, scores.Where(s => s.Indicator.Part == p.Key).Sum(s => s.Points ?? 0m)))
                .ToList();
            return new GroupScore(group, scores.Sum(s => s.Points ?? 0m), parts, scores);
        }).ToList();
        return new IndexScore(formula.Version, groups.Sum(g => g.Points), formula.MaxPoints, groups);
    }
}
