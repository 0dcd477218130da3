using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.ShowUnitTree;
using MotCua.Kernel.Text;

namespace MotCua.Administration.Features.BrowseOrganisation;

public sealed record PublicDesk(string Code, string Name, DeskKind Kind, string Address, string? Phone);

public sealed record PublicUnit(Guid Id, Guid? ParentId, string Code, string Name, UnitKind Kind, int Depth, IReadOnlyList<PublicDesk> Desks);

/// <summary>
/// What a citizen needs to know where to go: units and the one-stop desks that receive dossiers for them,
/// with addresses and phone numbers. No staff and no personal data.
/// </summary>
internal sealed class PublicOrganisationQuery(DbContext db)
{
    // The search matches part of a unit's or desk's name or of an address, with or without diacritics.
    public async Task<IReadOnlyList<PublicUnit>> LoadAsync(string? search, CancellationToken cancellationToken)
    {
        var units = await db.Set<OrganisationUnit>().AsNoTracking().ToListAsync(cancellationToken);
        // The service centre before the border station: kinds are stored as names, so the order is the enum's, in memory.
        var desks = (await db.Set<OneStopDesk>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(d => d.Kind).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToLookup(d => d.UnitId, d => new PublicDesk(d.Code, d.Name, d.Kind, d.Address, d.Phone));
        var tree = UnitTreeQuery.InTreeOrder(units)
            .Select(u => new PublicUnit(u.Id, u.ParentId, u.Code, u.Name, u.Kind, u.Depth, desks[u.Id].ToList()))
            .ToList();

        var folded = VietnameseText.Fold(search);
        if (folded.Length == 0)
        {
            return tree;
        }

        // A match keeps its ancestors (to show where it sits) and its descendants (to show where to go).
        var byId = tree.ToDictionary(u => u.Id);
        var keep = new HashSet<Guid>();
        foreach (var unit in tree.Where(u => Matches(u, folded)))
        {
            for (var current = unit; current is not null; current = current.ParentId is { } parent ? byId[parent] : null)
            {
                keep.Add(current.Id);
            }
        }

        foreach (var unit in tree.Where(u => u.ParentId is { } parent && keep.Contains(parent) && Matches(byId[parent], folded)))
        {
            keep.Add(unit.Id);
        }

        return tree.Where(u => keep.Contains(u.Id)).ToList();
    }

    private static bool Matches(PublicUnit unit, string folded) =>
        VietnameseText.Fold(unit.Name).Contains(folded, StringComparison.Ordinal)
        || unit.Desks.Any(d => VietnameseText.Fold(d.Name).Contains(folded, StringComparison.Ordinal)
            || VietnameseText.Fold(d.Address).Contains(folded, StringComparison.Ordinal));
}

[AllowAnonymous]
internal sealed class BrowseOrganisationModel(PublicOrganisationQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PublicUnit> Units { get; private set; } = [];

    public ILookup<Guid?, PublicUnit> Children { get; private set; } = Array.Empty<PublicUnit>().ToLookup(u => u.ParentId);

    public bool IsSearch => !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Units = await query.LoadAsync(Q, cancellationToken);
        Children = Units.ToLookup(u => u.ParentId);
    }
}
