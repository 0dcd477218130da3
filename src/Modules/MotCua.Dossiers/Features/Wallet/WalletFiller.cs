using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.Wallet;

/// <summary>
/// Fills the applicant's document wallet from the dossier's history (NĐ 45/2020 Đ13; NĐ 107/2021 Đ8: what was
/// digitized and accepted is kept for reuse). It listens to <see cref="DossierTopics.StateChanged"/> rather than
/// living in each handler because a dossier is accepted through several doors (the desk's accept, intake accepted at
/// the counter, demo data, later the national portal) and a result is marked ready by more than one role: the one
/// event every change already emits is the one place none of them can forget. Delivery is in order per dossier and
/// idempotent: a component or result already in the wallet is left as it is (or refreshed with a newer scan).
/// </summary>
internal sealed class WalletFiller(DbContext db, BusinessClock clock) : IOutboxSubscriber
{
    public const string Name = "dossiers.wallet";

    public async Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var change = message.Payload<DossierStateChanged>();
        var trigger = Enum.Parse<DossierTrigger>(change.Trigger);
        // Components enter the wallet once the desk found them complete; a scan supplied during processing replaces them.
        var components = trigger == DossierTrigger.Accept
            || trigger == DossierTrigger.SupplySupplement && change.FromState == nameof(DossierState.AwaitingSupplement);
        var result = trigger == DossierTrigger.MarkResultReady;
        if (!components && !result)
        {
            return;
        }

        var dossier = await db.Set<Dossier>().AsNoTracking().AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Code == change.Code, cancellationToken);
        if (dossier is null)
        {
            return;
        }

        var existing = await db.Set<WalletDocument>()
            .Where(w => w.SourceDossierCode == dossier.Code)
            .ToListAsync(cancellationToken);
        var now = clock.UtcNow;
        var owner = dossier.Applicant.Identifier;
        var representative = dossier.Representative?.Identifier;
        if (components)
        {
            foreach (var component in dossier.Components.Where(c => c.File is not null))
            {
                var kept = existing.FirstOrDefault(w => w.Kind == WalletDocumentKind.Component && w.ComponentNumber == component.Number);
                if (kept is null)
                {
                    db.Add(new WalletDocument(owner, representative, WalletDocumentKind.Component, component.Name, component.File!, dossier.Code,
                        component.Number, dossier.ProcedureCode, now));
                }
                else if (kept.File.Key != component.File!.Key)
                {
                    kept.Refresh(component.File, now);
                }
            }
        }

        if (result && dossier.Result?.File is { } file && existing.All(w => w.Kind != WalletDocumentKind.Result))
        {
            db.Add(new WalletDocument(owner, representative, WalletDocumentKind.Result, $"{dossier.Result.DocumentNumber} — {dossier.ProcedureName}", file,
                dossier.Code, null, dossier.ProcedureCode, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
