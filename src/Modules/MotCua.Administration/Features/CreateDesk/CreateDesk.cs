using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.CreateUnit;
using MotCua.Administration.Features.ShowUnitTree;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.CreateDesk;

public sealed record CreateDeskRequest(string? Code, string? Name, string? Kind, string? UnitCode, string? Address, string? Phone);

public sealed record DeskSaved(Guid Id, string Code, string Name);

internal sealed class CreateDeskHandler(DbContext db, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<DeskSaved>> HandleAsync(CreateDeskRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var code = request.Code?.Trim() ?? string.Empty;
        await UnitRules.CheckNewCodeAsync(db, errors, "code", code, cancellationToken);
        OrganisationUnit? unit = null;
        if (string.IsNullOrWhiteSpace(request.UnitCode))
        {
            errors.Add("unitCode", "Vui lòng chọn đơn vị có bộ phận một cửa.");
        }
        else
        {
            var unitCode = request.UnitCode.Trim();
            unit = await db.Set<OrganisationUnit>().AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, cancellationToken);
            if (unit is null)
            {
                errors.Add("unitCode", $"Không tìm thấy đơn vị có mã {unitCode}.");
            }
        }

        var kind = DeskRules.Check(errors, request.Name, request.Kind, request.Address, request.Phone, unit?.Kind);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var desk = OneStopDesk.Create(Guid.CreateVersion7(), code, request.Name!, kind, unit!.Id, request.Address!, DeskRules.Phone(request.Phone), isDemo: false);
        db.Add(desk);
        db.Add(AuditEntry.Record(
            clock.UtcNow, actor.Name, "desk.created", nameof(OneStopDesk), desk.Id.ToString(),
            fromState: null, toState: kind.ToString(),
            details: AuditDetails.Of(new { desk.Code, desk.Name, Unit = unit.Code, desk.Address, desk.Phone })));
        if (await UnitRules.SaveUnlessCodeTakenAsync(db, "code", code, cancellationToken) is { } taken)
        {
            return taken;
        }

        return new DeskSaved(desk.Id, desk.Code, desk.Name);
    }
}

internal static class DeskRules
{
    public static DeskKind Check(ValidationErrors errors, string? name, string? kindText, string? address, string? phone, UnitKind? unitKind)
    {
        errors.Required("name", name, "Tên bộ phận một cửa", OrganisationUnit.NameMaxLength);
        errors.Required("address", address, "Địa chỉ", OneStopDesk.AddressMaxLength);
        errors.Optional("phone", phone, "Số điện thoại", OneStopDesk.PhoneMaxLength);
        if (!string.IsNullOrWhiteSpace(phone) && !phone.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')'))
        {
            errors.Add("phone", "Số điện thoại chỉ gồm chữ số, dấu cách và các ký tự + . - ( ).");
        }

        if (!EnumText.TryParse<DeskKind>(kindText, out var kind))
        {
            errors.Add("kind", "Vui lòng chọn loại bộ phận một cửa.");
        }
        else if (unitKind is { } level && !OneStopDesk.CanAttachTo(kind, level))
        {
            errors.Add("kind", "Loại bộ phận một cửa này không phù hợp với cấp của đơn vị đã chọn.");
        }

        return kind;
    }

    public static string? Phone(string? phone) => string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
}

internal static class CreateDeskEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/organisation/desks", async (CreateDeskRequest request, CreateDeskHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).Match(saved =>
                    TypedResults.Created($"/api/v1/organisation/desks/{saved.Code}", saved)))
            .WithName("CreateDesk")
            .WithSummary("Thêm bộ phận một cửa")
            .Produces<DeskSaved>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}

[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class CreateDeskModel(CreateDeskHandler handler, UnitTreeQuery tree, IStringLocalizer<AdministrationText> text) : FormPage
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public IReadOnlyList<UnitNode> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Units = await tree.LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new CreateDeskRequest(Code, Name, Kind, UnitCode, Address, Phone), cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = text["Desks.Created", result.Value.Name];
            return Redirect("/quan-tri/mot-cua");
        }

        ShowErrors(result.Error);
        Units = await tree.LoadAsync(cancellationToken);
        return Page();
    }
}
