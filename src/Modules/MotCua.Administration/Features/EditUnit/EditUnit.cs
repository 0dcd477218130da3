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
using MotCua.Administration.Features.SetOfficeHours;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.EditUnit;

/// <summary>Only the name and the display order change: the code is the prefix of the unit's path and dossier codes.</summary>
public sealed record EditUnitRequest(string? Name, int? SortOrder);

public sealed record UnitEdited(Guid Id, string Code, string Name, int SortOrder);

internal sealed class EditUnitHandler(DbContext db, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<UnitEdited>> HandleAsync(string code, EditUnitRequest request, CancellationToken cancellationToken)
    {
        var unit = await db.Set<OrganisationUnit>().SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("unit.not-found", $"Không tìm thấy đơn vị có mã {code}.");
        }

        var errors = new ValidationErrors();
        errors.Required("name", request.Name, "Tên đơn vị", OrganisationUnit.NameMaxLength);
        UnitRules.CheckSortOrder(errors, request.SortOrder);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var before = new { unit.Name, unit.SortOrder };
        unit.Rename(request.Name!, request.SortOrder ?? unit.SortOrder);
        if (before.Name != unit.Name || before.SortOrder != unit.SortOrder)
        {
            db.Add(AuditEntry.Record(
                clock.UtcNow, actor.Name, "unit.edited", nameof(OrganisationUnit), unit.Id.ToString(),
                details: AuditDetails.Of(new { unit.Code, From = before, To = new { unit.Name, unit.SortOrder } })));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new UnitEdited(unit.Id, unit.Code, unit.Name, unit.SortOrder);
    }
}

internal static class EditUnitEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/organisation/units/{code}", async (string code, EditUnitRequest request, EditUnitHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(code, request, cancellationToken)).Match(edited => TypedResults.Ok(edited)))
            .WithName("EditUnit")
            .WithSummary("Đổi tên hoặc thứ tự hiển thị của đơn vị (mã định danh không đổi)")
            .Produces<UnitEdited>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class EditUnitModel(
    EditUnitHandler handler, SetOfficeHoursHandler officeHoursHandler, IWorkingCalendarSource calendars, DbContext db, IStringLocalizer<AdministrationText> text)
    : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int? SortOrder { get; set; }

    public OrganisationUnit? Unit { get; private set; }

    public OrganisationUnit? ParentUnit { get; private set; }

    [BindProperty]
    public TimeOnly? MorningStart { get; set; }

    [BindProperty]
    public TimeOnly? MorningEnd { get; set; }

    [BindProperty]
    public TimeOnly? AfternoonStart { get; set; }

    [BindProperty]
    public TimeOnly? AfternoonEnd { get; set; }

    [BindProperty]
    public TimeOnly? CutOff { get; set; }

    /// <summary>The hours the unit keeps when it sets none of its own: its parent's, or the default.</summary>
    public OfficeHours InheritedOfficeHours { get; private set; } = OfficeHours.Default;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Name = Unit!.Name;
        SortOrder = Unit.SortOrder;
        var own = Unit.OwnOfficeHours;
        (MorningStart, MorningEnd, AfternoonStart, AfternoonEnd, CutOff) =
            (own?.MorningStart, own?.MorningEnd, own?.AfternoonStart, own?.AfternoonEnd, own?.CutOff);
        return Page();
    }

    public async Task<IActionResult> OnPostOfficeHoursAsync(CancellationToken cancellationToken)
    {
        var request = new SetOfficeHoursRequest(MorningStart, MorningEnd, AfternoonStart, AfternoonEnd, CutOff);
        var result = await officeHoursHandler.HandleAsync(Code, request, cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = text["Units.OfficeHoursSaved"];
            return Redirect($"/quan-tri/don-vi/{Code}/sua");
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Name = Unit!.Name;
        SortOrder = Unit.SortOrder;
        ShowErrors(result.Error);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Code, new EditUnitRequest(Name, SortOrder), cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = text["Units.Saved", result.Value.Name];
            return Redirect("/quan-tri/don-vi#unit-" + result.Value.Id);
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ShowErrors(result.Error);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var units = db.Set<OrganisationUnit>().AsNoTracking();
        Unit = await units.SingleOrDefaultAsync(u => u.Code == Code, cancellationToken);
        if (Unit?.ParentId is { } parentId)
        {
            ParentUnit = await units.SingleOrDefaultAsync(u => u.Id == parentId, cancellationToken);
            InheritedOfficeHours = await calendars.OfficeHoursForAsync(parentId, cancellationToken);
        }

        return Unit is not null;
    }
}
