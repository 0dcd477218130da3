using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;

namespace MotCua.Administration.Features.ListDesks;

public sealed record DeskRow(Guid Id, string Code, string Name, DeskKind Kind, string UnitCode, string UnitName, string Address, string? Phone);

/// <summary>All one-stop desks of the province (tens, not thousands), ordered by the unit tree.</summary>
internal sealed class DeskListQuery(DbContext db)
{
    public async Task<IReadOnlyList<DeskRow>> LoadAsync(CancellationToken cancellationToken) =>
        await (from d in db.Set<OneStopDesk>()
               join u in db.Set<OrganisationUnit>() on d.UnitId equals u.Id
               orderby u.Path, d.Code
               select new DeskRow(d.Id, d.Code, d.Name, d.Kind, u.Code, u.Name, d.Address, d.Phone))
            .ToListAsync(cancellationToken);
}

[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class DeskListModel(DeskListQuery query) : FormPage
{
    public IReadOnlyList<DeskRow> Desks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Desks = await query.LoadAsync(cancellationToken);
}
