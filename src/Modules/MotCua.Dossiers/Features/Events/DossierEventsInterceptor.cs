using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;

namespace MotCua.Dossiers.Features.Events;

/// <summary>
/// Turns every new history line of a dossier into a <see cref="DossierTopics.StateChanged"/> outbox message in the same
/// SaveChanges: no handler can change a dossier without the national portal, notifications and reports hearing of it.
/// </summary>
internal sealed class DossierEventsInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Publish(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Publish(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        // SaveChanges detects changes after the interceptors run; the new history lines must be seen now.
        db.ChangeTracker.DetectChanges();
        var added = db.ChangeTracker.Entries<HistoryEntry>().Where(e => e.State == EntityState.Added).ToList();
        if (added.Count == 0)
        {
            return;
        }

        var outbox = services.GetRequiredService<Kernel.Outbox.Outbox>();
        var dossiers = db.ChangeTracker.Entries<Dossier>().ToDictionary(e => e.Entity.Id, e => e.Entity);
        foreach (var entry in added.OrderBy(e => e.Entity.Sequence))
        {
            var dossier = dossiers[(Guid)entry.Property("DossierId").CurrentValue!];
            var line = entry.Entity;
            outbox.Enqueue(db, DossierTopics.StateChanged, dossier.Code, new DossierStateChanged(
                dossier.Id, dossier.Code, line.Sequence, line.Trigger.ToString(), line.From?.ToString(), line.To.ToString(),
                (int)line.To.National(), (int)dossier.Channel, dossier.ProcedureCode, line.AtUtc, line.Actor, line.Reason));
        }
    }
}
