using Microsoft.EntityFrameworkCore;
using MotCua.Integration.Contracts;
using MotCua.Integration.Domain;

namespace MotCua.Integration.Features.SyncToNationalPortal;

internal sealed class NationalSyncFacts(DbContext db) : INationalSyncFacts
{
    public async Task<IReadOnlySet<string>> SyncedAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        (await db.Set<PortalSync>().AsNoTracking().Where(s => codes.Contains(s.Code) && s.LastSequence > 0)
            .Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
