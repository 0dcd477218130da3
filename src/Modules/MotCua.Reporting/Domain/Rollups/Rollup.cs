using MotCua.Kernel.Calendar;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Domain.Rollups;

/// <summary>What a rollup row counts (stored as its number: never renumber).</summary>
public enum RollupCounter : short
{
    // Flows by the local day of receipt (DOMAIN B §1.3: 1.4, 3.3, 3.6, 4.3–4.5).
    Received = 1,
    ReceivedSynced = 2,
    ReceivedOnlineWithResult = 3,
    ReceivedFeeBearing = 4,
    ReceivedFeePaidOnline = 5,
    ReceivedReusingData = 6,
    ReceivedFromWallet = 7,
    ReceivedWithPopulationData = 8,

    // Flows by the local day a resolved dossier ended (B §1.3: 2.2, 4.1, 4.2).
    Resolved = 20,
    ResolvedWorkingDaysHundredths = 21,
    ResolvedDocumentResult = 22,
    ResolvedElectronicDocumentResult = 23,
    ResolvedDigitized = 24,

    // Events of a received dossier's life whose running totals give the stocks of 2.1 and 5.4 (B §1.4).
    Opened = 40,
    Ended = 41,
    EndedInTime = 42,
    InTimeOpened = 43,
    InTimeClosed = 44,
    EndedInTimeNotDisliked = 45,
    InTimeNotDislikedOpened = 46,
    InTimeNotDislikedClosed = 47,

    // Per procedure, by the day of receipt (B §1.3: 3.2, 3.5a, 3.5b, 4.5a).
    ProcedureOnline = 60,
    ProcedureSyncedFee = 61,
    ProcedurePaidOnline = 62,
    ProcedurePopulationData = 63,
}

/// <summary>Whether a rollup row holds one day or one calendar month (months let a year be twelve rows).</summary>
public enum RollupGrain : byte
{
    Day = 0,
    Month = 1,
}

/// <summary>
/// A count of a unit SUBTREE's dossiers for one day or month (ADR 0011): the projector adds every dossier's events to the
/// rows of its processing unit and of each ancestor, so a unit's figure for a year is twelve rows however many dossiers
/// lie under it. <see cref="UnitRollup"/> is unit-wide; <see cref="ProcedureRollup"/> is per procedure code.
/// </summary>
public abstract class Rollup
{
    public string UnitPath { get; set; } = string.Empty;

    public RollupGrain Grain { get; set; }

    /// <summary>The day, or the first day of the month.</summary>
    public DateOnly Start { get; set; }

    public RollupCounter Counter { get; set; }

    public long Value { get; set; }
}

public sealed class UnitRollup : Rollup;

public sealed class ProcedureRollup : Rollup
{
    public string ProcedureCode { get; set; } = string.Empty;
}

/// <summary>One event of a dossier: a counter to raise on a day (for the procedure's rows when <see cref="Procedure"/> is set).</summary>
public readonly record struct RollupEvent(RollupCounter Counter, DateOnly Day, long Value = 1, string? Procedure = null);

/// <summary>
/// The events a <see cref="DossierFact"/> contributes, chosen so that the 766 index's dossier measures (with their
/// day-based predicates, <c>Index766Measures</c>) are sums of them: a flow "in the period" is the events on its days; a
/// stock "at the period's end" is the running total of an opening event minus a closing one. Over an open interval
/// [r, x) of days, "r ≤ To and x > To" is [r ≤ To] − [max(r, x) ≤ To], which is why every closing event is dated no
/// earlier than its opening one. A pure function of the row: the incremental projection subtracts a row's old events
/// and adds its new ones, the rebuild adds everyone's, and a unit test holds the sums to the measures.
/// </summary>
public static class RollupEvents
{
    public static IEnumerable<RollupEvent> Of(DossierFact f)
    {
        if (f.ReceivedOn is { } r)
        {
            yield return new(RollupCounter.Received, r);
            if (f.SyncedToNationalPortal)
            {
                yield return new(RollupCounter.ReceivedSynced, r);
            }

            if (f.Channel == 2 && f.SyncedToNationalPortal && (!f.ResultIsDocument || f.HasElectronicResult))
            {
                yield return new(RollupCounter.ReceivedOnlineWithResult, r);
            }

            if (f.FeeBearing)
            {
                yield return new(RollupCounter.ReceivedFeeBearing, r);
                if (f.SyncedToNationalPortal && f.OnlinePaymentPlatform is 1 or 2)
                {
                    yield return new(RollupCounter.ReceivedFeePaidOnline, r);
                }
            }

            if (f.ReusedDigitizedData)
            {
                yield return new(RollupCounter.ReceivedReusingData, r);
            }

            if (f.TakenFromWallet)
            {
                yield return new(RollupCounter.ReceivedFromWallet, r);
            }

            if (f.VneidVerified || f.TakenFromWallet)
            {
                yield return new(RollupCounter.ReceivedWithPopulationData, r);
            }

            foreach (var e in ProcedureEvents(f, r))
            {
                yield return e;
            }
        }

        if (f.Outcome == FactOutcome.Resolved && f.EndedOn is { } resolved)
        {
            yield return new(RollupCounter.Resolved, resolved);
            yield return new(RollupCounter.ResolvedWorkingDaysHundredths, resolved, Hundredths(f.ProcessingWorkingDays));
            if (f.ResultIsDocument)
            {
                yield return new(RollupCounter.ResolvedDocumentResult, resolved);
                if (f.HasElectronicResult)
                {
                    yield return new(RollupCounter.ResolvedElectronicDocumentResult, resolved);
                }
            }

            if (f.ComponentsDigitized && f.HasElectronicResult)
            {
                yield return new(RollupCounter.ResolvedDigitized, resolved);
            }
        }

        if (f.Outcome is FactOutcome.NotReceived or FactOutcome.Refused || f.ReceivedOn is not { } opened)
        {
            yield break;
        }

        // 2.1's denominator: received by To and not ended before From.
        yield return new(RollupCounter.Opened, opened);
        if (f.EndedOn is { } ended)
        {
            yield return new(RollupCounter.Ended, Later(opened, ended));
        }

        if (f.LateBySecondSupplement)
        {
            yield break;
        }

        // 2.1's numerator: ended in the period and not late, or open at its end and not past the appointment then.
        var notDisliked = f.Satisfaction != 1;
        if (f.EndedOn is { } end && f.Timeliness != Timeliness.Late)
        {
            yield return new(RollupCounter.EndedInTime, Later(opened, end));
            if (notDisliked)
            {
                yield return new(RollupCounter.EndedInTimeNotDisliked, Later(opened, end));
            }
        }

        yield return new(RollupCounter.InTimeOpened, opened);
        if (notDisliked)
        {
            yield return new(RollupCounter.InTimeNotDislikedOpened, opened);
        }

        DateOnly? due = f.DueAtUtc is { } at ? ReportWindows.LocalDay(at) : null;
        if (Earlier(f.EndedOn, due) is { } closes)
        {
            yield return new(RollupCounter.InTimeClosed, Later(opened, closes));
            if (notDisliked)
            {
                yield return new(RollupCounter.InTimeNotDislikedClosed, Later(opened, closes));
            }
        }
    }

    /// <summary>The days of real processing in hundredths: the Dossiers module rounds them to two decimals.</summary>
    public static long Hundredths(double? workingDays) => (long)Math.Round((workingDays ?? 0d) * 100d, MidpointRounding.AwayFromZero);

    private static IEnumerable<RollupEvent> ProcedureEvents(DossierFact f, DateOnly received)
    {
        if (f.Channel == 2)
        {
            yield return new(RollupCounter.ProcedureOnline, received, 1, f.ProcedureCode);
        }

        if (f.FeeBearing && f.SyncedToNationalPortal)
        {
            yield return new(RollupCounter.ProcedureSyncedFee, received, 1, f.ProcedureCode);
        }

        if (f.FeeBearing && f.OnlinePaymentPlatform != null)
        {
            yield return new(RollupCounter.ProcedurePaidOnline, received, 1, f.ProcedureCode);
        }

        if (f.VneidVerified || f.TakenFromWallet)
        {
            yield return new(RollupCounter.ProcedurePopulationData, received, 1, f.ProcedureCode);
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => (a, b) switch
    {
        ({ } x, { } y) => x < y ? x : y,
        _ => a ?? b,
    };
}
