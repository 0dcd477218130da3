using Microsoft.EntityFrameworkCore;
using MotCua.Engagement.Contracts;

namespace MotCua.Engagement.Features.Satisfaction;

internal sealed class SatisfactionFacts(DbContext db) : ISatisfactionFacts
{
    public async Task<IReadOnlyDictionary<string, int>> OverallAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await db.Set<Rating>().AsNoTracking().Where(r => codes.Contains(r.DossierCode))
            .ToDictionaryAsync(r => r.DossierCode, r => (int)r.Overall, StringComparer.Ordinal, cancellationToken);
}
