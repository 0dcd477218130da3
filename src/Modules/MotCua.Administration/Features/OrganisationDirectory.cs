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

    public async Task<DeskSummary?> FindDeskAsync(Guid deskId, CancellationToken cancellationToken) =>
        (await db.Set<OneStopDesk>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == deskId, cancellationToken)) is { } desk
            ? ToSummary(desk)
            : null;

    public async Task<IReadOnlyList<DeskSummary>> ListDesksForUnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        (await db.Set<OneStopDesk>().AsNoTracking().Where(d => d.UnitId == unitId).ToListAsync(cancellationToken))
        .OrderBy(d => d.Kind).ThenBy(d => d.Code, StringComparer.Ordinal)
        .Select(ToSummary).ToList();

    private static DeskSummary ToSummary(OneStopDesk desk) =>
        new(desk.Id, desk.Code, desk.Name, desk.Kind, desk.UnitId, desk.Address, desk.Phone);
}
