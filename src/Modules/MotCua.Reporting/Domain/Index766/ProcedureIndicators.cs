using MotCua.Catalog.Contracts;
using MotCua.Kernel.Calendar;

namespace MotCua.Reporting.Domain.Index766;

/// <summary>The procedures a procedure-level sub-indicator counts: its numerator is a subset of its denominator.</summary>
public sealed record ProcedureSets(IReadOnlyList<string> Numerator, IReadOnlyList<string> Denominator)
{
    public IndicatorCount Count => new(Numerator.Count, Denominator.Count);
}

/// <summary>
/// The procedure-level sub-indicators of DOMAIN B §1.3 (1.1, 1.2, 1.3, 3.1, 3.2, 3.5a/b, 4.5a) from the catalog's
/// procedures in force and, for those that ask whether a procedure's dossiers show a fact, the per-procedure counts of
/// <see cref="ProcedureFactKeys"/>. MotCua serves a province, so the provincial lead times apply.
/// </summary>
public static class ProcedureIndicators
{
    /// <summary>1.1: a provincial decision at least 5 working days before the legal basis takes effect (20 for ministries).</summary>
    public const int PublicationLeadWorkingDays = 5;

    /// <summary>1.2: made public on the national database within 5 working days of a provincial decision (10 for ministries).</summary>
    public const int DisclosureWorkingDays = 5;

    /// <summary>Per-procedure dossier facts (measure keys of the dossiers that make a procedure count).</summary>
    public static class ProcedureFactKeys
    {
        public const string OnlineDossier = "766.3.2.hs";
        public const string SyncedFee = "766.3.5a.hs";
        public const string PaidOnline = "766.3.5b.hs";
        public const string PopulationData = "766.4.5a.hs";
    }

    public static IReadOnlyDictionary<string, ProcedureSets> Compute(
        IReadOnlyList<ProcedureReportingRecord> procedures,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> factsByProcedure,
        DateOnly from,
        DateOnly to,
        WorkingCalendar calendar)
    {
        bool Has(ProcedureReportingRecord p, string key) =>
            factsByProcedure.TryGetValue(p.Code, out var counts) && counts.TryGetValue(key, out var n) && n > 0;

        // B §1.3, 1.1–1.2: a procedure counts once per period, by the decisions signed in it; late once, late for the period.
        var decided = procedures.Where(p => p.Publications.Any(d => d.SignedOn >= from && d.SignedOn <= to)).ToList();
        IEnumerable<PublicationRecord> InPeriod(ProcedureReportingRecord p) => p.Publications.Where(d => d.SignedOn >= from && d.SignedOn <= to);

        return new Dictionary<string, ProcedureSets>(StringComparer.Ordinal)
        {
            ["1.1"] = Sets(decided, p => InPeriod(p).All(d => PublishedInTime(d, calendar))),
            ["1.2"] = Sets(decided, p => InPeriod(p).All(d => DisclosedInTime(d, calendar))),
            ["1.3"] = Sets(procedures, p => p.ContentComplete),
            ["3.1"] = Sets(procedures, p => p.Online != OnlineOffer.None),
            ["3.2"] = Sets(procedures.Where(p => p.Online != OnlineOffer.None), p => Has(p, ProcedureFactKeys.OnlineDossier)),
            ["3.5a"] = Sets(procedures.Where(p => p.FeeBearing), p => Has(p, ProcedureFactKeys.SyncedFee)),
            ["3.5b"] = Sets(procedures.Where(p => p.FeeBearing), p => Has(p, ProcedureFactKeys.PaidOnline)),
            ["4.5a"] = Sets(procedures.Where(p => p.ServesIndividuals), p => Has(p, ProcedureFactKeys.PopulationData)),
        };
    }

    /// <summary>
    /// 1.1: decision ≤ latest legal-basis effective date − 5 working days, read as "at least 5 working days in (signed,
    /// effective]". A version whose legal bases carry no effective date cannot be late against one and counts on time.
    /// </summary>
    public static bool PublishedInTime(PublicationRecord decision, WorkingCalendar calendar) =>
        decision.LatestLegalBasisEffectiveOn is not { } basis
        || calendar.WorkingDaysBetween(decision.SignedOn, basis) >= PublicationLeadWorkingDays;

    /// <summary>1.2: made public (the catalog's "Công khai") no later than the 5th working day after the decision.</summary>
    public static bool DisclosedInTime(PublicationRecord decision, WorkingCalendar calendar) =>
        decision.MadePublicOn is { } shown && shown <= calendar.AddWorkingDays(decision.SignedOn, DisclosureWorkingDays);

    private static ProcedureSets Sets(IEnumerable<ProcedureReportingRecord> denominator, Func<ProcedureReportingRecord, bool> counts)
    {
        var all = denominator.ToList();
        return new ProcedureSets([.. all.Where(counts).Select(p => p.Code)], [.. all.Select(p => p.Code)]);
    }
}
