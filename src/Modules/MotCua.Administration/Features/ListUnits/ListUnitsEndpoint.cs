using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Kernel.Http;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;

namespace MotCua.Administration.Features.ListUnits;

public sealed record DeskItem(Guid Id, string Code, string Name, DeskKind Kind, string Address, string? Phone);

public sealed record UnitItem(Guid Id, string Code, string Name, UnitKind Kind, Guid? ParentId, string Path, IReadOnlyList<DeskItem> Desks);

/// <summary>The public organisation tree: units and their one-stop desks, no personal data, in tree order.</summary>
internal static class ListUnitsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/organisation/units", Handle)
            .WithName("ListUnits")
            .WithSummary("Cây đơn vị và bộ phận một cửa (phân trang theo khóa)")
            .Produces<Page<UnitItem>>()
            .ProducesValidationProblem();

    private static async Task<IResult> Handle(DbContext db, string? after, int? limit, CancellationToken cancellationToken)
    {
        if (!Keyset.TryDecode(after, out var afterPath))
        {
            return Error.Field("after", "Con trỏ phân trang không hợp lệ.").ToProblem();
        }

        if (limit is < 1 or > Keyset.MaxLimit)
        {
            return Error.Field("limit", $"Số bản ghi mỗi trang phải từ 1 đến {Keyset.MaxLimit}.").ToProblem();
        }

        var take = Keyset.ClampLimit(limit);
        var query = db.Set<OrganisationUnit>().AsNoTracking();
        if (afterPath is not null)
        {
            query = query.Where(u => u.Path.CompareTo(afterPath) > 0);
        }

        var units = await query.OrderBy(u => u.Path).Take(take + 1).ToListAsync(cancellationToken);
        var ids = units.Select(u => u.Id).ToList();
        var desks = await db.Set<OneStopDesk>().AsNoTracking().Where(d => ids.Contains(d.UnitId)).OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var items = units.Select(u => new UnitItem(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Path,
            desks.Where(d => d.UnitId == u.Id).Select(d => new DeskItem(d.Id, d.Code, d.Name, d.Kind, d.Address, d.Phone)).ToList())).ToList();
        return TypedResults.Ok(Keyset.ToPage(items, take, u => u.Path));
    }
}
