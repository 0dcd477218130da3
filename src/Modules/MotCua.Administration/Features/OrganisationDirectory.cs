using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;

namespace MotCua.Administration.Features;

internal sealed class OrganisationDirectory(DbContext db) : IOrganisationDirectory
{
    public async Task<UnitSummary?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Set<OrganisationUnit>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken))?.ToSummary();

    public async Task<UnitSummary?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        (await db.Set<OrganisationUnit>().AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, cancellationToken))?.ToSummary();

    public async Task<IReadOnlyList<UnitSummary>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Set<OrganisationUnit>().AsNoTracking().OrderBy(u => u.Path).ToListAsync(cancellationToken))
        .Select(u => u.ToSummary()).ToList();
}
