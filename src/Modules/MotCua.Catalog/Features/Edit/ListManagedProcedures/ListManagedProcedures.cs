using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;
using MotCua.Kernel.Text;

namespace MotCua.Catalog.Features.Edit.ListManagedProcedures;

public enum ManagedStatus
{
    Draft = 1,
    InForce = 2,
    Retired = 3,
}

public sealed record ManagedProcedure(
    string Code, string Name, string UnitName, ManagedStatus Status, int LatestVersion, bool HasDraft, DateOnly? EffectiveFrom, DateOnly? RetiredOn);

/// <summary>The procedures of every unit an editor covers, by code, drafts and retired ones included.</summary>
internal sealed class ListManagedProceduresHandler(DbContext db, IOrganisationDirectory directory)
{
    public async Task<Result<Page<ManagedProcedure>>> HandleAsync(
        ClaimsPrincipal user, string? search, string? after, int? limit, CancellationToken cancellationToken)
    {
        if (!Keyset.TryDecode(after, out var afterCode))
        {
            return Error.Field("after", "Con trỏ phân trang không hợp lệ.");
        }

        if (limit is < 1 or > Keyset.MaxLimit)
        {
            return Error.Field("limit", $"Số bản ghi mỗi trang phải từ 1 đến {Keyset.MaxLimit}.");
        }

        var take = Keyset.ClampLimit(limit);
        var units = (await directory.ListAsync(cancellationToken)).Where(u => user.Covers(u.Path)).ToDictionary(u => u.Id, u => u.Name);
        var unitIds = units.Keys.ToList();
        var folded = VietnameseText.Fold(search);
        var versions = db.Set<ProcedureVersion>().AsNoTracking();
        var query = db.Set<Procedure>().AsNoTracking()
            .Where(p => versions.Any(v => v.ProcedureId == p.Id && unitIds.Contains(v.ImplementingUnitId)));
        if (folded.Length > 0)
        {
            query = query.Where(p => versions.Any(v => v.ProcedureId == p.Id && v.SearchText.Contains(folded)));
        }

        if (afterCode is not null)
        {
            query = query.Where(p => p.Code.CompareTo(afterCode) > 0);
        }

        var procedures = await query.OrderBy(p => p.Code).Take(take + 1)
            .Select(p => new { p.Id, p.Code, p.RetiredOn }).ToListAsync(cancellationToken);
        var ids = procedures.Select(p => p.Id).ToList();
        var heads = (await versions.Where(v => ids.Contains(v.ProcedureId))
                .Select(v => new { v.ProcedureId, v.Number, v.Status, v.Name, v.ImplementingUnitId, v.EffectiveFrom })
                .ToListAsync(cancellationToken))
            .ToLookup(v => v.ProcedureId);

        var items = procedures.Select(p =>
        {
            var all = heads[p.Id].OrderByDescending(v => v.Number).ToList();
            var latest = all[0];
            var published = all.FirstOrDefault(v => v.Status is VersionStatus.Published or VersionStatus.Superseded);
            var status = p.RetiredOn is not null ? ManagedStatus.Retired : published is not null ? ManagedStatus.InForce : ManagedStatus.Draft;
            return new ManagedProcedure(p.Code, latest.Name, units.GetValueOrDefault(latest.ImplementingUnitId) ?? string.Empty, status,
                latest.Number, latest.Status == VersionStatus.Draft, published?.EffectiveFrom, p.RetiredOn);
        }).ToList();
        return Keyset.ToPage(items, take, p => p.Code);
    }
}
