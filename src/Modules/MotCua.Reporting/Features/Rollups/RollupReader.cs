using Microsoft.EntityFrameworkCore;
using MotCua.Kernel.Persistence;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Domain.Index766;
using MotCua.Reporting.Domain.Rollups;
using MotCua.Reporting.Features.Facts;
using MotCua.Reporting.Features.Index766;
using C = MotCua.Reporting.Domain.Rollups.RollupCounter;

namespace MotCua.Reporting.Features.Rollups;

/// <summary>A unit subtree's 766 dossier figures for a window: the counts by measure key, 2.2's day total, and per procedure.</summary>
internal sealed record RollupFigures(
    IReadOnlyDictionary<string, long> Counts, decimal ResolvedWorkingDays, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> ByProcedure);

/// <summary>
/// Reads the 766 index's dossier figures from the rollups (ADR 0011): whole months from month rows, the days at either
/// end from day rows, stocks from the running totals before and through the window. A period that has ended needs
/// nothing else; for the current one, the open dossiers due between now and the period's end are added from the facts
/// (an appointment later today is not passed yet, which a day cannot say). The figures equal the measures' counts over
/// the facts (<c>Index766Measures</c>), which the agreement tests check.
/// </summary>
internal sealed class RollupReader(DbContext db)
{
    private static readonly FactOutcome[] Received = [FactOutcome.InProgress, FactOutcome.Resolved, FactOutcome.Withdrawn, FactOutcome.Stopped];

    public async Task<IReadOnlyDictionary<string, RollupFigures>> ReadAsync(
        IReadOnlyCollection<string> paths, string commonRoot, ReportWindow window, bool withProcedures, CancellationToken cancellationToken)
    {
        var (from, to) = (window.From, window.To);
        var firstMonth = new DateOnly(from.Year, from.Month, 1);
        var span = MonthSpan.Of(from, to);
        // Each part is its own range on the (path, grain, first day) key, joined with UNION ALL: a CASE or an OR across
        // grains in one WHERE is not served by the index on either provider.
        var unitRows = await Parts(db.Set<UnitRollup>().AsNoTracking().Where(r => paths.Contains(r.UnitPath)),
                [(RollupGrain.Month, DateOnly.MinValue, firstMonth.AddDays(-1)), (RollupGrain.Month, span.FirstMonth, span.LastMonth),
                 (RollupGrain.Day, firstMonth, span.HeadTo), (RollupGrain.Day, span.TailFrom, to)])
            .GroupBy(r => new { r.UnitPath, r.Counter, Before = r.Start < from })
            .Select(g => new { g.Key.UnitPath, g.Key.Counter, g.Key.Before, Value = g.Sum(r => r.Value) })
            .ToListAsync(cancellationToken);

        var procedureRows = withProcedures
            ? await Parts(db.Set<ProcedureRollup>().AsNoTracking().Where(r => paths.Contains(r.UnitPath)),
                    [(RollupGrain.Month, span.FirstMonth, span.LastMonth), (RollupGrain.Day, from, span.HeadTo), (RollupGrain.Day, span.TailFrom, to)])
                .GroupBy(r => new { r.UnitPath, r.ProcedureCode, r.Counter })
                .Select(g => new { g.Key.UnitPath, g.Key.ProcedureCode, g.Key.Counter, Value = g.Sum(r => r.Value) })
                .ToListAsync(cancellationToken)
            : [];

        var dueLater = window.AsOfUtc < window.EndUtc
            ? await DueLaterTodayOrInPeriodAsync(commonRoot, window, cancellationToken)
            : [];

        var results = new Dictionary<string, RollupFigures>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var before = Sums(unitRows.Where(r => r.UnitPath == path && r.Before).Select(r => (r.Counter, r.Value)));
            var within = Sums(unitRows.Where(r => r.UnitPath == path && !r.Before).Select(r => (r.Counter, r.Value)));
            var (late, lateNotDisliked) = dueLater
                .Where(d => d.Path.StartsWith(path, StringComparison.Ordinal))
                .Aggregate((0L, 0L), (sum, d) => (sum.Item1 + d.All, sum.Item2 + d.NotDisliked));
            var counts = Counts(c => before.GetValueOrDefault(c), c => within.GetValueOrDefault(c), late, lateNotDisliked);
            var byProcedure = procedureRows.Where(r => r.UnitPath == path)
                .GroupBy(r => r.ProcedureCode, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyDictionary<string, long>)g.ToDictionary(r => ProcedureKey(r.Counter), r => r.Value, StringComparer.Ordinal),
                    StringComparer.Ordinal);
            results[path] = new RollupFigures(counts, within.GetValueOrDefault(C.ResolvedWorkingDaysHundredths) / 100m, byProcedure);
        }

        return results;
    }

    /// <summary>
    /// The index's dossier counts by measure key from a subtree's counter sums before the window and within it, and the
    /// open dossiers due between now and the window's end (zero once it has ended). Flows are the sums within; 2.1's
    /// denominator is what was opened through the window less what ended before it; the open, in-time half of its
    /// numerator is what was opened through the window less what closed (ended, or reached its appointment's day) through it.
    /// </summary>
    internal static Dictionary<string, long> Counts(Func<C, long> before, Func<C, long> within, long dueLater, long dueLaterNotDisliked)
    {
        long Through(C c) => before(c) + within(c);
        var handled = Through(C.Opened) - before(C.Ended);
        return new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["766.1.4.num"] = within(C.ReceivedSynced),
            ["766.1.4.den"] = within(C.Received),
            ["766.2.1.num"] = within(C.EndedInTime) + Through(C.InTimeOpened) - Through(C.InTimeClosed) + dueLater,
            ["766.2.1.den"] = handled,
            ["766.2.2.den"] = within(C.Resolved),
            ["766.3.3.num"] = within(C.ReceivedOnlineWithResult),
            ["766.3.3.den"] = within(C.Received),
            ["766.3.6.num"] = within(C.ReceivedFeePaidOnline),
            ["766.3.6.den"] = within(C.ReceivedFeeBearing),
            ["766.4.1.num"] = within(C.ResolvedElectronicDocumentResult),
            ["766.4.1.den"] = within(C.ResolvedDocumentResult),
            ["766.4.2.num"] = within(C.ResolvedDigitized),
            ["766.4.2.den"] = within(C.Resolved),
            ["766.4.3.num"] = within(C.ReceivedReusingData),
            ["766.4.3.den"] = within(C.Received),
            ["766.4.4.num"] = within(C.ReceivedFromWallet),
            ["766.4.4.den"] = within(C.Received),
            ["766.4.5b.num"] = within(C.ReceivedWithPopulationData),
            ["766.4.5b.den"] = within(C.Received),
            ["766.5.4.num"] = within(C.EndedInTimeNotDisliked) + Through(C.InTimeNotDislikedOpened) - Through(C.InTimeNotDislikedClosed) + dueLaterNotDisliked,
            ["766.5.4.den"] = handled,
        };
    }

    /// <summary>
    /// The open dossiers the day-level rows judge overdue at the period's end but that are not yet overdue now: due
    /// between now and the period's end. The (Outcome, DueAtUtc) index serves it, one seek per received outcome.
    /// </summary>
    private async Task<List<DueLater>> DueLaterTodayOrInPeriodAsync(string root, ReportWindow window, CancellationToken cancellationToken)
    {
        var open = Index766Measures.OpenInTime(window);
        return await db.Set<DossierFact>().AsNoTracking()
            .Where(f => Received.Contains(f.Outcome) && f.DueAtUtc >= window.AsOfUtc && f.DueAtUtc < window.EndUtc)
            .WhereUnder(f => f.ProcessingUnitPath, root)
            .Where(open)
            .GroupBy(f => f.ProcessingUnitPath)
            // Index766Measures.NotDisliked, written out: a conditional count takes a lambda, not a stored expression.
            .Select(g => new DueLater { Path = g.Key, All = g.Count(), NotDisliked = g.Count(f => f.Satisfaction == null || f.Satisfaction != 1) })
            .ToListAsync(cancellationToken);
    }

    /// <summary>The rows of the non-empty parts (grain and days from–to, inclusive), concatenated.</summary>
    private static IQueryable<T> Parts<T>(IQueryable<T> rows, IEnumerable<(RollupGrain Grain, DateOnly From, DateOnly To)> parts)
        where T : Rollup =>
        parts.Where(p => p.From <= p.To)
            .Select(p => rows.Where(r => r.Grain == p.Grain && r.Start >= p.From && r.Start <= p.To))
            .DefaultIfEmpty(rows.Where(r => false))
            .Aggregate(Queryable.Concat);

    private static Dictionary<C, long> Sums(IEnumerable<(C Counter, long Value)> rows)
    {
        var sums = new Dictionary<C, long>();
        foreach (var (counter, value) in rows)
        {
            sums[counter] = sums.GetValueOrDefault(counter) + value;
        }

        return sums;
    }

    /// <summary>The procedure-fact measure key a procedure counter feeds.</summary>
    internal static string ProcedureKey(C counter) => counter switch
    {
        C.ProcedureOnline => ProcedureIndicators.ProcedureFactKeys.OnlineDossier,
        C.ProcedureSyncedFee => ProcedureIndicators.ProcedureFactKeys.SyncedFee,
        C.ProcedurePaidOnline => ProcedureIndicators.ProcedureFactKeys.PaidOnline,
        _ => ProcedureIndicators.ProcedureFactKeys.PopulationData,
    };

    private sealed class DueLater
    {
        public string Path { get; set; } = string.Empty;

        public int All { get; set; }

        public int NotDisliked { get; set; }
    }
}

/// <summary>
/// A window split into the whole calendar months inside it and the days at either end: a year is twelve month rows, a
/// statutory window from the 15th to the 14th is 17 + 14 days around its whole months.
/// </summary>
internal readonly record struct MonthSpan(DateOnly FirstMonth, DateOnly LastMonth, DateOnly HeadTo, DateOnly TailFrom)
{
    public static MonthSpan Of(DateOnly from, DateOnly to)
    {
        var firstFull = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var lastFull = to.AddDays(1).Day == 1 ? new DateOnly(to.Year, to.Month, 1) : new DateOnly(to.Year, to.Month, 1).AddMonths(-1);
        return firstFull <= lastFull
            ? new MonthSpan(firstFull, lastFull, firstFull.AddDays(-1), lastFull.AddMonths(1))
            : new MonthSpan(DateOnly.MaxValue, DateOnly.MinValue, to, to.AddDays(1));
    }
}
