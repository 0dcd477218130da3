using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.CreateUnit;

public sealed record CreateUnitRequest(string? Code, string? Name, string? Kind, string? ParentCode, int? SortOrder);

public sealed record UnitCreated(Guid Id, string Code, string Path);

internal sealed class CreateUnitHandler(DbContext db, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<UnitCreated>> HandleAsync(CreateUnitRequest request, CancellationToken cancellationToken)
    {
        var units = db.Set<OrganisationUnit>();
        var errors = new ValidationErrors();
        var code = request.Code?.Trim() ?? string.Empty;
        await UnitRules.CheckNewCodeAsync(db, errors, "code", code, cancellationToken);
        errors.Required("name", request.Name, "Tên đơn vị", OrganisationUnit.NameMaxLength);
        UnitRules.CheckSortOrder(errors, request.SortOrder);

        OrganisationUnit? parent = null;
        var parentCode = request.ParentCode?.Trim();
        if (!string.IsNullOrEmpty(parentCode))
        {
            parent = await units.SingleOrDefaultAsync(u => u.Code == parentCode, cancellationToken);
            if (parent is null)
            {
                errors.Add("parentCode", $"Không tìm thấy đơn vị cấp trên có mã {parentCode}.");
            }
        }

        if (!EnumText.TryParse<UnitKind>(request.Kind, out var kind))
        {
            errors.Add("kind", "Vui lòng chọn cấp của đơn vị.");
        }
        else if (kind == UnitKind.Province && await units.AnyAsync(u => u.Kind == UnitKind.Province, cancellationToken))
        {
            errors.Add("kind", "Hệ thống đã có Ủy ban nhân dân tỉnh; chỉ có một đơn vị cấp tỉnh.");
        }
        else if (parent is not null && !OrganisationUnit.CanContain(parent.Kind, kind))
        {
            errors.Add("kind", $"Đơn vị cấp này không thể trực thuộc {parent.Name}.");
        }
        else if (parent is null && string.IsNullOrEmpty(parentCode) && !OrganisationUnit.CanContain(null, kind))
        {
            errors.Add("parentCode", "Vui lòng chọn đơn vị cấp trên.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var sortOrder = request.SortOrder
            ?? (await units.Where(u => u.ParentId == (parent == null ? null : parent.Id)).MaxAsync(u => (int?)u.SortOrder, cancellationToken) ?? 0) + 1;
        var unit = OrganisationUnit.Create(Guid.CreateVersion7(), code, request.Name!, kind, parent, sortOrder, isDemo: false);
        db.Add(unit);
        db.Add(AuditEntry.Record(
            clock.UtcNow, actor.Name, "unit.created", nameof(OrganisationUnit), unit.Id.ToString(),
            fromState: null, toState: kind.ToString(),
            details: AuditDetails.Of(new { unit.Code, unit.Name, Parent = parent?.Code, unit.SortOrder })));
        if (await UnitRules.SaveUnlessCodeTakenAsync(db, "code", code, cancellationToken) is { } taken)
        {
            return taken;
        }

        return new UnitCreated(unit.Id, unit.Code, unit.Path);
    }
}

/// <summary>Rules shared by creating a unit and creating a desk: both codes prefix dossier codes.</summary>
internal static class UnitRules
{
    public static async Task CheckNewCodeAsync(DbContext db, ValidationErrors errors, string field, string code, CancellationToken cancellationToken)
    {
        if (code.Length == 0)
        {
            errors.Add(field, "Mã định danh không được để trống.");
        }
        else if (!OrganisationUnit.IsValidCode(code))
        {
            errors.Add(field, $"Mã định danh chỉ gồm chữ số, chữ in hoa và dấu chấm, ví dụ 000.00.12.H40 (tối đa {OrganisationUnit.CodeMaxLength} ký tự).");
        }
        // TT 01/2018 Đ19: the code prefixes every dossier code issued there, so it must name one unit or desk only.
        else if (await db.Set<OrganisationUnit>().AnyAsync(u => u.Code == code, cancellationToken)
            || await db.Set<OneStopDesk>().AnyAsync(d => d.Code == code, cancellationToken))
        {
            errors.Add(field, $"Mã định danh {code} đã được dùng cho một đơn vị hoặc bộ phận một cửa khác.");
        }
    }

    /// <summary>
    /// Saves, turning the unique-index violation of a concurrent create with the same code into the same field error a
    /// sequential one gets.
    /// </summary>
    public static async Task<Error?> SaveUnlessCodeTakenAsync(DbContext db, string field, string code, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var errors = new ValidationErrors();
            await CheckNewCodeAsync(db, errors, field, code, cancellationToken);
            if (errors.IsEmpty)
            {
                throw;
            }

            return errors.ToError();
        }
    }

    public static void CheckSortOrder(ValidationErrors errors, int? sortOrder)
    {
        if (sortOrder is < 0 or > 9999)
        {
            errors.Add("sortOrder", "Thứ tự hiển thị phải từ 0 đến 9999.");
        }
    }
}

internal static class CreateUnitEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/organisation/units", async (CreateUnitRequest request, CreateUnitHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).Match(created =>
                    TypedResults.Created($"/api/v1/organisation/units/{created.Code}", created)))
            .WithName("CreateUnit")
            .WithSummary("Thêm đơn vị vào cây tổ chức")
            .Produces<UnitCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}

[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class CreateUnitModel(CreateUnitHandler handler, DbContext db, IStringLocalizer<AdministrationText> text) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Parent { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public int? SortOrder { get; set; }

    public OrganisationUnit? ParentUnit { get; private set; }

    public IReadOnlyList<UnitKind> AllowedKinds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadParentAsync(cancellationToken))
        {
            return NotFound();
        }

        Kind ??= AllowedKinds.Count == 1 ? AllowedKinds[0].ToString() : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new CreateUnitRequest(Code, Name, Kind, Parent, SortOrder), cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = text["Units.Created", Name!.Trim(), result.Value.Code];
            return Redirect("/quan-tri/don-vi#unit-" + result.Value.Id);
        }

        ShowErrors(result.Error);
        await LoadParentAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadParentAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Parent))
        {
            ParentUnit = await db.Set<OrganisationUnit>().AsNoTracking().SingleOrDefaultAsync(u => u.Code == Parent, cancellationToken);
            if (ParentUnit is null)
            {
                return false;
            }
        }

        AllowedKinds = Enum.GetValues<UnitKind>().Where(k => OrganisationUnit.CanContain(ParentUnit?.Kind, k)).ToList();
        return true;
    }
}
