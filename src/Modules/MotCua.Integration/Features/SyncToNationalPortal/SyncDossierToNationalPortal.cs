using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Integration.Domain;
using MotCua.Integration.Features.ReceivePortalDossier;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Time;

namespace MotCua.Integration.Features.SyncToNationalPortal;

/// <summary>
/// Pushes every history line of every dossier to the national portal, in order per dossier (DOMAIN B §2.4: create the
/// dossier, then its tiến trình, then its TrangThaiHoSo). A line already pushed is skipped, so a second delivery sends
/// nothing; a failure is recorded on the dossier's sync record and thrown, for the outbox to retry and dead-letter.
/// </summary>
internal sealed class SyncDossierToNationalPortal(DbContext db, NationalPortalClient portal, IDossierDirectory dossiers, BusinessClock clock, Kernel.Outbox.Outbox outbox) : IOutboxSubscriber
{
    /// <summary>Stored with each outbox message: renaming it orphans the messages in flight.</summary>
    public const string Name = "integration.national-portal";

    public async Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var change = message.Payload<DossierStateChanged>();
        var sync = await db.Set<PortalSync>().SingleOrDefaultAsync(s => s.Code == change.Code, cancellationToken);
        if (sync is null)
        {
            // The first line says where the dossier was submitted: the portal's own submissions already exist there.
            sync = IsPortalSubmission(change) ? PortalSync.ForPortalSubmission(change.Code, null) : PortalSync.ForMotCuaDossier(change.Code);
            db.Add(sync);
        }

        if (sync.HasSynced(change.Sequence))
        {
            return;
        }

        try
        {
            if (sync.NeedsCreateOnPortal)
            {
                var facts = await dossiers.FindAsync(change.Code, cancellationToken)
                    ?? throw new InvalidOperationException($"Không tìm thấy hồ sơ {change.Code} để tạo trên Cổng DVCQG.");
                await portal.CreateAsync(PortalPayloads.Create(facts, change), cancellationToken);
                sync.CreatedOnPortal(clock.UtcNow);
            }

            await portal.AddProgressAsync(PortalPayloads.Progress(change), cancellationToken);
            await portal.UpdateStatusAsync(PortalPayloads.StatusOf(change), cancellationToken);
            var first = sync.LastSequence == 0;
            sync.Synced(change.Sequence, change.NationalStatus, clock.UtcNow);
            if (first)
            {
                outbox.Enqueue(db, Contracts.NationalSyncTopics.FirstSynced, change.Code, new Contracts.DossierFirstSynced(change.Code));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(sync, exception);
            throw;
        }
    }

    public static bool IsPortalSubmission(DossierStateChanged change) =>
        change.Trigger == "SubmitOnline" && NationalPortalActor.IsPortal(change.Actor);

    /// <summary>
    /// Best effort: the error shows on the reconciliation page. If the record itself cannot be written (a concurrent
    /// change), the outbox row still carries the error.
    /// </summary>
    private async Task RecordFailureAsync(PortalSync sync, Exception exception)
    {
        try
        {
            sync.Failed($"{exception.GetType().Name}: {exception.Message}", clock.UtcNow);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException)
        {
        }
    }
}
