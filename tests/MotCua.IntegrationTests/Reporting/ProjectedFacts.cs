using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Rollups;

namespace MotCua.IntegrationTests.Reporting;

/// <summary>Crafted facts written as the projector writes them: the rows and their rollups in one transaction.</summary>
internal static class ProjectedFacts
{
    /// <summary>Writes the facts, replacing any rows with the same dossier ids (their events leave the rollups).</summary>
    public static async Task WriteAsync(IServiceProvider services, IReadOnlyCollection<DossierFact> facts, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var ids = facts.Select(f => f.DossierId).ToList();
        var deltas = new RollupDeltas();
        foreach (var old in await db.Set<DossierFact>().AsNoTracking().Where(f => ids.Contains(f.DossierId)).ToListAsync(cancellationToken))
        {
            deltas.Subtract(old);
        }

        foreach (var fact in facts)
        {
            deltas.Add(fact);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<DossierFact>().Where(f => ids.Contains(f.DossierId)).ExecuteDeleteAsync(cancellationToken);
        db.Set<DossierFact>().AddRange(facts);
        await db.SaveChangesAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<RollupStore>().ApplyAsync(deltas, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
