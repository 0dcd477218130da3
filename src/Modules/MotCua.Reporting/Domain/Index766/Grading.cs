namespace MotCua.Reporting.Domain.Index766;

/// <summary>A grade band: totals at or above <see cref="MinTotal"/> (and below the next band) get <see cref="Name"/>.</summary>
public sealed record GradeBand(string Name, decimal MinTotal);

/// <summary>
/// Grade bands for the total, from configuration section "Reporting:Index766:Grades". The 766 bands are UNCONFIRMED
/// (DOMAIN B §1.2): the defaults are MotCua's local choice (DOMAIN A6).
/// </summary>
public sealed class GradeOptions
{
    public const string Section = "Reporting:Index766";

    public List<GradeBand> Grades { get; set; } = [];

    public static IReadOnlyList<GradeBand> Defaults { get; } =
        [new("Xuất sắc", 90), new("Tốt", 80), new("Khá", 65), new("Trung bình", 50), new("Yếu", 0)];

    public IReadOnlyList<GradeBand> Bands => Grades.Count > 0 ? Grades : Defaults;

    /// <summary>The highest band whose minimum the total reaches; the lowest band for anything below every minimum.</summary>
    public string GradeOf(decimal total)
    {
        var ordered = Bands.OrderByDescending(b => b.MinTotal).ToList();
        return (ordered.FirstOrDefault(b => total >= b.MinTotal) ?? ordered[^1]).Name;
    }
}

/// <summary>A unit's place among its peers.</summary>
public sealed record Ranked<T>(T Item, decimal Total, int Rank);

/// <summary>
/// Competition ranking ("1224") by total, best first; totals within 0.001 of each other tie (DOMAIN B §1.2, IMPL).
/// A tie is judged against the first total of the tied run, so a chain of small steps cannot drift into one tie.
/// </summary>
public static class Ranking
{
    public const decimal Tolerance = 0.001m;

    public static IReadOnlyList<Ranked<T>> Rank<T>(IEnumerable<(T Item, decimal Total)> entries)
    {
        var ordered = entries.OrderByDescending(e => e.Total).ToList();
        var ranked = new List<Ranked<T>>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var tied = i > 0 && Math.Abs(ranked[i - 1].Total - ordered[i].Total) <= Tolerance
                && Math.Abs(FirstOfRun(ranked, i - 1).Total - ordered[i].Total) <= Tolerance;
            ranked.Add(new Ranked<T>(ordered[i].Item, ordered[i].Total, tied ? ranked[i - 1].Rank : i + 1));
        }

        return ranked;
    }

    private static Ranked<T> FirstOfRun<T>(List<Ranked<T>> ranked, int index)
    {
        var rank = ranked[index].Rank;
        return ranked.First(r => r.Rank == rank);
    }
}
