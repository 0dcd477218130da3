using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Integration.Contracts;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;

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
    TimeProvider time)
{
    public const int PageSize = 500;

    /// <summary>Rebuilds the rows of the given dossiers from their current state (idempotent, order-free).</summary>
    public async Task RefreshAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var rows = await dossiers.ReadAsync(codes, cancellationToken);
        await UpsertAsync(rows, cancellationToken);
    }

    /// <summary>Recomputes every row (the <c>reporting rebuild</c> command) and removes rows of dossiers that no longer exist.</summary>
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

        return known.Count;
    }

    private async Task UpsertAsync(IReadOnlyList<DossierReportRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var codes = rows.Select(r => r.Code).ToList();
        var ids = rows.Select(r => r.Id).ToList();
        var profiles = await catalog.ReportingProfilesAsync([.. rows.Select(r => r.ProcedureVersionId).Distinct()], cancellationToken);
        var ratings = await satisfaction.OverallAsync(codes, cancellationToken);
        var synced = await nationalSync.SyncedAsync(codes, cancellationToken);
        var existing = await db.Set<DossierFact>().Where(f => ids.Contains(f.DossierId)).ToDictionaryAsync(f => f.DossierId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Id, out var fact))
            {
                fact = new DossierFact { DossierId = row.Id };
                db.Add(fact);
            }

            Build(fact, row, profiles.GetValueOrDefault(row.ProcedureVersionId), ratings.TryGetValue(row.Code, out var r) ? r : null, synced.Contains(row.Code));
            fact.ProjectedAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
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
        fact.EndedAtUtc = outcome is FactOutcome.NotReceived or FactOutcome.Refused || (outcome == FactOutcome.Withdrawn && row.ReceivedAtUtc is null)
            ? null
            : row.ProcessingEndedAtUtc;
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
