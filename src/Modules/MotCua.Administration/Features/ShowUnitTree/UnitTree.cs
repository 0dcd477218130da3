using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;

namespace MotCua.Administration.Features.ShowUnitTree;

public sealed record UnitNode(Guid Id, string Code, string Name, UnitKind Kind, Guid? ParentId, string Path, int Depth, int SortOrder, int DeskCount, int StaffCount);

/// <summary>
/// The whole tree in display order (siblings by sort order, then name), with desk and staff counts. A province has
/// a few hundred units, so one read of the units and two grouped counts serve every page that needs the tree.
/// </summary>
internal sealed class UnitTreeQuery(DbContext db)
{
    public async Task<IReadOnlyList<UnitNode>> LoadAsync(CancellationToken cancellationToken)
    {
        var units = await db.Set<OrganisationUnit>().AsNoTracking().ToListAsync(cancellationToken);
        var desks = await db.Set<OneStopDesk>().GroupBy(d => d.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.UnitId, g => g.Count, cancellationToken);
        var staff = await db.Set<StaffUser>().GroupBy(s => s.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.UnitId, g => g.Count, cancellationToken);
        return InTreeOrder(units)
            .Select(u => new UnitNode(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Path, u.Depth, u.SortOrder, desks.GetValueOrDefault(u.Id), staff.GetValueOrDefault(u.Id)))
            .ToList();
    }

    internal static IEnumerable<OrganisationUnit> InTreeOrder(IReadOnlyList<OrganisationUnit> units)
    {
        var children = units.ToLookup(u => u.ParentId);
        var stack = new Stack<OrganisationUnit>(Siblings(children[null]).Reverse());
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            yield return unit;
            foreach (var child in Siblings(children[unit.Id]).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    private static IEnumerable<OrganisationUnit> Siblings(IEnumerable<OrganisationUnit> units) =>
        units.OrderBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), ignoreCase: true));
}

[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class UnitTreeModel(UnitTreeQuery query) : FormPage
{
    public IReadOnlyList<UnitNode> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Units = await query.LoadAsync(cancellationToken);
}
