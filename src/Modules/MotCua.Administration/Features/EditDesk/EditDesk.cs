using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.CreateDesk;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.EditDesk;

/// <summary>The desk's code and unit stay: dossier codes already issued carry the code.</summary>
public sealed record EditDeskRequest(string? Name, string? Kind, string? Address, string? Phone);

internal sealed class EditDeskHandler(DbContext db, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<DeskSaved>> HandleAsync(string code, EditDeskRequest request, CancellationToken cancellationToken)
    {
        var desk = await db.Set<OneStopDesk>().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (desk is null)
        {
            return Error.NotFound("desk.not-found", $"Không tìm thấy bộ phận một cửa có mã {code}.");
        }

        var unitKind = await db.Set<OrganisationUnit>().Where(u => u.Id == desk.UnitId).Select(u => u.Kind).SingleAsync(cancellationToken);
        var errors = new ValidationErrors();
        var kind = DeskRules.Check(errors, request.Name, request.Kind, request.Address, request.Phone, unitKind);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var before = new { desk.Name, Kind = desk.Kind.ToString(), desk.Address, desk.Phone };
        desk.Update(request.Name!, kind, request.Address!, DeskRules.Phone(request.Phone));
        var after = new { desk.Name, Kind = desk.Kind.ToString(), desk.Address, desk.Phone };
        if (before != after)
        {
            db.Add(AuditEntry.Record(
                clock.UtcNow, actor.Name, "desk.edited", nameof(OneStopDesk), desk.Id.ToString(),
                fromState: before.Kind, toState: after.Kind,
                details: AuditDetails.Of(new { desk.Code, From = before, To = after })));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new DeskSaved(desk.Id, desk.Code, desk.Name);
    }
}

internal static class EditDeskEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/organisation/desks/{code}", async (string code, EditDeskRequest request, EditDeskHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(code, request, cancellationToken)).Match(saved => TypedResults.Ok(saved)))
            .WithName("EditDesk")
            .WithSummary("Sửa thông tin bộ phận một cửa (mã và đơn vị không đổi)")
            .Produces<DeskSaved>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class EditDeskModel(EditDeskHandler handler, DbContext db, IStringLocalizer<AdministrationText> text) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public OrganisationUnit? Unit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var desk = await db.Set<OneStopDesk>().AsNoTracking().SingleOrDefaultAsync(d => d.Code == Code, cancellationToken);
        if (desk is null)
        {
            return NotFound();
        }

        (Name, Kind, Address, Phone) = (desk.Name, desk.Kind.ToString(), desk.Address, desk.Phone);
        Unit = await db.Set<OrganisationUnit>().AsNoTracking().SingleAsync(u => u.Id == desk.UnitId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Code, new EditDeskRequest(Name, Kind, Address, Phone), cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = text["Desks.Saved", result.Value.Name];
            return Redirect("/quan-tri/mot-cua");
        }

        if (result.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ShowErrors(result.Error);
        Unit = await (from d in db.Set<OneStopDesk>()
                      join u in db.Set<OrganisationUnit>() on d.UnitId equals u.Id
                      where d.Code == Code
                      select u).AsNoTracking().SingleAsync(cancellationToken);
        return Page();
    }
}
