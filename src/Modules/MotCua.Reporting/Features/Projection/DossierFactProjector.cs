using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Integration.Contracts;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;
using MotCua.Reporting.Features.Rollups;

namespace MotCua.Reporting.Features.Projection;

/// <summary>
/// Builds <see cref="DossierFact"/> rows from the owning modules' contracts. The incremental path (a message about a
/// dossier) and the full rebuild run the same <see cref="Build"/> over the same sources, so they cannot disagree: a
/// difference between them can only mean a change that published no message, which the agreement test looks for.
/// </summary>
internal sealed class DossierFactProjector(
    DbContext db,
    IDossierReportSource dossiers,
    IProcedureCatalog catalog,
    ISatisfactionFacts satisfaction,
    INationalSyncFacts nationalSync,
    RollupStore rollups,
    TimeProvider time)
{
    public const int PageSize = 500;

    /// <summary>Rebuilds the rows of the given dossiers from their current state (idempotent, order-free).</summary>
    public async Task RefreshAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var rows = await dossiers.ReadAsync(codes, cancellationToken);
        await UpsertAsync(rows, cancellationToken);
    }

    /// <summary>
    /// Recomputes every row (the <c>reporting rebuild</c> command), removes rows of dossiers that no longer exist, then
    /// recomputes the rollups from the rows.
    /// </summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var known = new HashSet<Guid>();
        Guid? after = null;
        while (await dossiers.ReadPageAsync(after, PageSize, cancellationToken) is { Count: > 0 } rows)
        {
            await UpsertAsync(rows, cancellationToken);
            db.ChangeTracker.Clear();
            known.UnionWith(rows.Select(r => r.Id));
            after = rows[^1].Id;
            progress?.Report(known.Count);
        }

        var projected = await db.Set<DossierFact>().Select(f => f.DossierId).ToListAsync(cancellationToken);
        foreach (var gone in projected.Where(id => !known.Contains(id)).Chunk(PageSize))
        {
            await db.Set<DossierFact>().Where(f => gone.Contains(f.DossierId)).ExecuteDeleteAsync(cancellationToken);
        }

        // From scratch, not from the deltas above: whatever the rollups held before, they now follow from the rows alone.
        await rollups.RebuildAsync(cancellationToken);
        return known.Count;
    }

    /// <summary>The rows the given dossiers would have if projected now, without writing anything (the agreement check).</summary>
    public async Task<IReadOnlyList<DossierFact>> ComputeAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var rows = await dossiers.ReadAsync(codes, cancellationToken);
        var facts = new List<DossierFact>(rows.Count);
        await BuildAllAsync(rows, row =>
        {
            var fact = new DossierFact { DossierId = row.Id };
            facts.Add(fact);
            return fact;
        }, cancellationToken);
        return facts;
    }

    private async Task UpsertAsync(IReadOnlyList<DossierReportRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var ids = rows.Select(r => r.Id).ToList();
        var existing = await db.Set<DossierFact>().Where(f => ids.Contains(f.DossierId)).ToDictionaryAsync(f => f.DossierId, cancellationToken);
        var deltas = new RollupDeltas();
        foreach (var old in existing.Values)
        {
            deltas.Subtract(old);
        }

        var built = new List<DossierFact>(rows.Count);
        await BuildAllAsync(rows, row =>
        {
            if (!existing.TryGetValue(row.Id, out var fact))
            {
                fact = new DossierFact { DossierId = row.Id };
                db.Add(fact);
            }

            built.Add(fact);
            return fact;
        }, cancellationToken);
        foreach (var fact in built)
        {
            deltas.Add(fact);
        }

        // The rows and the rollups change together; a concurrent projection of the same row fails on its
        // ProjectedAtUtc token and is retried by the outbox, so no change is counted twice.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        await rollups.ApplyAsync(deltas, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task BuildAllAsync(IReadOnlyList<DossierReportRow> rows, Func<DossierReportRow, DossierFact> target, CancellationToken cancellationToken)
    {
        var codes = rows.Select(r => r.Code).ToList();
        var profiles = await catalog.ReportingProfilesAsync([.. rows.Select(r => r.ProcedureVersionId).Distinct()], cancellationToken);
        var ratings = await satisfaction.OverallAsync(codes, cancellationToken);
        var synced = await nationalSync.SyncedAsync(codes, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            var fact = target(row);
            Build(fact, row, profiles.GetValueOrDefault(row.ProcedureVersionId), ratings.TryGetValue(row.Code, out var r) ? r : null, synced.Contains(row.Code));
            fact.ProjectedAtUtc = now;
        }
    }

    /// <summary>The whole row from its sources; <see cref="DossierFact.ProjectedAtUtc"/> aside, nothing else is kept.</summary>
    internal static void Build(DossierFact fact, DossierReportRow row, VersionReportingProfile? profile, int? satisfaction, bool synced)
    {
        var outcome = OutcomeOf(row.State);
        fact.Code = row.Code;
        fact.ProcessingUnitId = row.ProcessingUnitId;
        fact.ProcessingUnitPath = row.ProcessingUnitPath;
        fact.DeskUnitPath = row.DeskUnitPath;
        fact.ProcedureId = row.ProcedureId;
        fact.ProcedureCode = row.ProcedureCode;
        fact.FieldCode = profile?.FieldCode ?? string.Empty;
        fact.Channel = row.Channel;
        fact.Outcome = outcome;
        fact.NationalStatus = row.NationalStatus;
        fact.SubmittedOn = ReportWindows.LocalDay(row.SubmittedAtUtc);
        fact.ReceivedAtUtc = row.ReceivedAtUtc;
        fact.ReceivedOn = row.ReceivedAtUtc is { } received ? ReportWindows.LocalDay(received) : null;
        fact.DueAtUtc = row.DueAtUtc;
        // Withdrawal ends processing only for a dossier that had been received (B §1.4); refusal ends nothing that began.
        // An end never precedes the receipt (two instances' clocks may disagree by a moment): the rollups rely on it.
        fact.EndedAtUtc = outcome is FactOutcome.NotReceived or FactOutcome.Refused || (outcome == FactOutcome.Withdrawn && row.ReceivedAtUtc is null)
            ? null
            : Latest(row.ProcessingEndedAtUtc, row.ReceivedAtUtc);
        fact.EndedOn = fact.EndedAtUtc is { } ended ? ReportWindows.LocalDay(ended) : null;
        fact.Timeliness = fact.EndedAtUtc is null ? null : row.Timeliness;
        fact.LateBySecondSupplement = row.LateBySecondSupplement;
        fact.SupplementRequests = row.SupplementRequests;
        fact.AwaitingSupplementSinceUtc = row.AwaitingSupplementSinceUtc;
        fact.ProcessingWorkingDays = row.ProcessingWorkingDays;
        fact.HandlingOfficer = row.HandlingOfficer;
        fact.FeeBearing = profile?.FeeBearing ?? false;
        fact.OnlinePaymentPlatform = row.OnlinePaymentPlatform;
        fact.ResultIsDocument = profile?.PaperResult ?? false;
        fact.HasElectronicResult = row.HasElectronicResult;
        fact.ComponentsDigitized = row.ComponentsDigitized;
        fact.ReusedDigitizedData = row.TakenFromWallet;
        fact.TakenFromWallet = row.TakenFromWallet;
        fact.VneidVerified = row.VneidVerified;
        fact.SyncedToNationalPortal = synced;
        fact.Satisfaction = satisfaction;
        fact.IsDemo = row.IsDemo;
        fact.SourceVersion = row.Version;
    }

    private static DateTime? Latest(DateTime? ended, DateTime? received) =>
        ended is { } e && received is { } r && r > e ? r : ended;

    /// <summary>The Dossiers module's state names (DOMAIN A2) grouped as the reports count them.</summary>
    internal static FactOutcome OutcomeOf(string state) => state switch
    {
        "Submitted" or "AwaitingSupplementAtIntake" => FactOutcome.NotReceived,
        "Refused" => FactOutcome.Refused,
        "Withdrawn" => FactOutcome.Withdrawn,
        "Stopped" => FactOutcome.Stopped,
        "ResultReady" or "Returned" => FactOutcome.Resolved,
        _ => FactOutcome.InProgress,
    };
}
