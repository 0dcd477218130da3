using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Results;

namespace MotCua.Catalog.Features.Browse;

public sealed record PublicityGroup(FieldRef Field, IReadOnlyList<ProcedureListItem> Procedures);

public sealed record Publicity(UnitRef Unit, DateOnly At, IReadOnlyList<PublicityGroup> Groups)
{
    public int Count => Groups.Sum(g => g.Procedures.Count);
}

/// <summary>
/// What a one-stop desk must post: every procedure in force that the unit and the units under it carry out,
/// grouped by field (NĐ 63/2010 Đ17; TT 01/2018 Đ3).
/// </summary>
internal sealed class ListPublicityHandler(DbContext db, IOrganisationDirectory directory)
{
    public async Task<Result<Publicity>> HandleAsync(string unitCode, DateOnly day, CancellationToken cancellationToken)
    {
        var units = await directory.ListAsync(cancellationToken);
        var unit = units.FirstOrDefault(u => string.Equals(u.Code, unitCode, StringComparison.Ordinal));
        if (unit is null)
        {
            return Error.NotFound("unit.not_found", $"Không có cơ quan, đơn vị mã \"{unitCode}\".");
        }

        var subtree = units.Where(u => u.Path.StartsWith(unit.Path, StringComparison.Ordinal)).Select(u => u.Id).ToList();
        var rows = await PublishedProcedures.ValidOn(db, day)
            .Where(r => subtree.Contains(r.UnitId))
            .OrderBy(r => r.Code)
            .ToListAsync(cancellationToken);
        var fieldNames = await PublishedProcedures.FieldNamesAsync(db, cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        var vietnamese = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        var groups = rows
            .Select(r => PublishedProcedures.ToListItem(r, fieldNames, byId))
            .GroupBy(i => i.Field)
            .OrderBy(g => g.Key.Name, vietnamese)
            .Select(g => new PublicityGroup(g.Key, g.OrderBy(i => i.Name, vietnamese).ToList()))
            .ToList();
        return new Publicity(new UnitRef(unit.Code, unit.Name), day, groups);
    }
}
