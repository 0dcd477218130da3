using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.ShowUnitTree;
using MotCua.Kernel.Http;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Persistence;
using MotCua.Kernel.Results;
using MotCua.Kernel.Text;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.ListStaff;

/// <summary>
/// <c>Q</c>: part of the name (with or without diacritics) or of the e-mail address; <c>Unit</c>: a unit code, whose
/// staff and the staff of every unit below it are listed.
/// </summary>
public sealed record StaffListRequest(string? Q, string? Unit, string? After, int? Limit);

public sealed record StaffItem(
    Guid Id, string FullName, string Email, string? Title, string UnitCode, string UnitName,
    string? Role, bool CoversSubtree, StaffStatus Status);

/// <summary>Staff ordered by folded name then e-mail, paged by that pair so that namesakes are neither lost nor repeated.</summary>
internal sealed class StaffListQuery(DbContext db, BusinessClock clock)
{
    private const char Separator = '\u001f';

    public async Task<Result<Page<StaffItem>>> HandleAsync(StaffListRequest request, CancellationToken cancellationToken)
    {
        if (!Keyset.TryDecode(request.After, out var after) || (after is not null && after.Split(Separator).Length != 2))
        {
            return Error.Field("after", "Con trỏ phân trang không hợp lệ.");
        }

        if (request.Limit is < 1 or > Keyset.MaxLimit)
        {
            return Error.Field("limit", $"Số bản ghi mỗi trang phải từ 1 đến {Keyset.MaxLimit}.");
        }

        var rows = from s in db.Set<StaffUser>()
                   join u in db.Set<OrganisationUnit>() on s.UnitId equals u.Id
                   select new { Staff = s, Unit = u };
        if (!string.IsNullOrWhiteSpace(request.Unit))
        {
            var code = request.Unit.Trim();
            var path = await db.Set<OrganisationUnit>().Where(u => u.Code == code).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);
            if (path is null)
            {
                return Error.Field("unit", $"Không tìm thấy đơn vị có mã {code}.");
            }

            rows = rows.WhereUnder(r => r.Unit.Path, path);
        }

        var folded = VietnameseText.Fold(request.Q);
        if (folded.Length > 0)
        {
            var email = request.Q!.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.Staff.SearchName.Contains(folded) || r.Staff.NormalizedEmail!.Contains(email));
        }

        if (after is not null)
        {
            var key = after.Split(Separator);
            var (name, mail) = (key[0], key[1]);
            rows = rows.Where(r => r.Staff.SearchName.CompareTo(name) > 0
                || (r.Staff.SearchName == name && r.Staff.NormalizedEmail!.CompareTo(mail) > 0));
        }

        var take = Keyset.ClampLimit(request.Limit);
        var found = await rows
            .OrderBy(r => r.Staff.SearchName).ThenBy(r => r.Staff.NormalizedEmail)
            .Select(r => new
            {
                r.Staff.Id,
                r.Staff.FullName,
                r.Staff.SearchName,
                r.Staff.Email,
                r.Staff.NormalizedEmail,
                r.Staff.Title,
                r.Staff.LockoutEnd,
                UnitCode = r.Unit.Code,
                UnitName = r.Unit.Name,
            })
            .Take(take + 1)
            .ToListAsync(cancellationToken);
        var roles = await StaffAccounts.RolesOfAsync(db, found.Select(f => f.Id).ToList(), cancellationToken);
        var page = Keyset.ToPage(found, take, f => f.SearchName + Separator + f.NormalizedEmail);
        var items = page.Items.Select(f =>
        {
            var role = roles.GetValueOrDefault(f.Id);
            return new StaffItem(f.Id, f.FullName, f.Email!, f.Title, f.UnitCode, f.UnitName, role,
                role is not null && StaffRoles.CoversSubtree(role), StaffAccounts.StatusOf(f.LockoutEnd, clock.UtcNow));
        }).ToList();
        return new Page<StaffItem>(items, page.Next);
    }
}

internal static class ListStaffEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/staff", async ([AsParameters] StaffListRequest request, StaffListQuery query, CancellationToken cancellationToken) =>
                (await query.HandleAsync(request, cancellationToken)).Match(page => TypedResults.Ok(page)))
            .WithName("ListStaff")
            .WithSummary("Danh sách cán bộ (tìm theo tên hoặc thư điện tử, lọc theo đơn vị, phân trang theo khóa)")
            .Produces<Page<StaffItem>>()
            .ProducesValidationProblem();
}

[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class StaffListModel(StaffListQuery query, UnitTreeQuery tree) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<StaffItem> Staff { get; private set; } = [];

    public string? Next { get; private set; }

    public IReadOnlyList<UnitNode> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Units = await tree.LoadAsync(cancellationToken);
        var result = await query.HandleAsync(new StaffListRequest(Q, Unit, After, Keyset.DefaultLimit), cancellationToken);
        if (result.IsSuccess)
        {
            (Staff, Next) = (result.Value.Items, result.Value.Next);
        }
        else
        {
            ShowErrors(result.Error);
        }
    }
}
