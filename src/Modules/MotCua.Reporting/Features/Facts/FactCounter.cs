using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Reporting.Domain;

namespace MotCua.Reporting.Features.Facts;

/// <summary>
/// Counts many measures in ONE aggregate query over the projection (<c>COUNT(*) FILTER</c>-style conditional counts),
/// optionally grouped by a dimension such as the field. A report of twenty figures is one index range scan, not twenty.
/// </summary>
internal sealed class FactCounter(DbContext db)
{
    public async Task<IReadOnlyDictionary<string, long>> CountAsync(
        ReportScope scope, IReadOnlyList<IFactMeasure> measures, ReportWindow window, CancellationToken cancellationToken)
    {
        var rows = await CountByAsync(scope, _ => string.Empty, measures, window, cancellationToken);
        return rows.TryGetValue(string.Empty, out var counts) ? counts : measures.ToDictionary(m => m.Key, _ => 0L, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<TKey, IReadOnlyDictionary<string, long>>> CountByAsync<TKey>(
        ReportScope scope,
        Expression<Func<DossierFact, TKey>> dimension,
        IReadOnlyList<IFactMeasure> measures,
        ReportWindow window,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        if (measures.Count == 0)
        {
            return new Dictionary<TKey, IReadOnlyDictionary<string, long>>();
        }

        var group = Expression.Parameter(typeof(IGrouping<TKey, DossierFact>), "g");
        var counts = measures.Select(m => (Expression)Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Count), [typeof(DossierFact)], group, m.Predicate(window)));
        var selector = Expression.Lambda<Func<IGrouping<TKey, DossierFact>, GroupCounts<TKey>>>(
            Expression.MemberInit(
                Expression.New(typeof(GroupCounts<TKey>)),
                Expression.Bind(typeof(GroupCounts<TKey>).GetProperty(nameof(GroupCounts<TKey>.Key))!, Expression.Property(group, nameof(IGrouping<TKey, DossierFact>.Key))),
                Expression.Bind(typeof(GroupCounts<TKey>).GetProperty(nameof(GroupCounts<TKey>.Counts))!, Expression.NewArrayInit(typeof(int), counts))),
            group);

        var rows = await db.Set<DossierFact>().AsNoTracking().InScope(scope).AliveIn(window)
            .GroupBy(dimension)
            .Select(selector)
            .ToListAsync(cancellationToken);

        return rows.ToDictionary(
            r => r.Key,
            r => (IReadOnlyDictionary<string, long>)measures.Select((m, i) => (m.Key, Count: (long)r.Counts[i]))
                .ToDictionary(x => x.Key, x => x.Count, StringComparer.Ordinal));
    }

    /// <summary>
    /// Adds up the groups of a count by <see cref="DossierFact.ProcessingUnitPath"/> that lie under <paramref name="unitPath"/>:
    /// a unit and its children from one query instead of one query per unit.
    /// </summary>
    public static IReadOnlyDictionary<string, long> SumUnder(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> byUnitPath, string unitPath, IReadOnlyList<IFactMeasure> measures) =>
        Sum(byUnitPath.Where(g => g.Key.StartsWith(unitPath, StringComparison.Ordinal)).Select(g => g.Value), measures);

    /// <summary>Adds up groups' counts measure by measure (zero for a measure no group has).</summary>
    public static IReadOnlyDictionary<string, long> Sum(IEnumerable<IReadOnlyDictionary<string, long>> groups, IReadOnlyList<IFactMeasure> measures)
    {
        var sums = measures.ToDictionary(m => m.Key, _ => 0L, StringComparer.Ordinal);
        foreach (var counts in groups)
        {
            foreach (var (key, count) in counts)
            {
                sums[key] += count;
            }
        }

        return sums;
    }

    /// <summary>One group's counts, in the order of the measures asked for.</summary>
    internal sealed class GroupCounts<TKey>
    {
        public TKey Key { get; set; } = default!;

        public int[] Counts { get; set; } = [];
    }
}
