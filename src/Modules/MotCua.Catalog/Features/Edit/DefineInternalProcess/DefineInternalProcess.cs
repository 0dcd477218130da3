using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Edit.DefineInternalProcess;

public sealed record DefineInternalProcessRequest(List<ProcessStep> Steps, bool Publish);

public sealed record InternalProcessView(
    string ProcedureCode, string ProcedureName, UnitSummary Agency, bool IsPublished, IReadOnlyList<ProcessStep> Steps,
    decimal TotalHours, decimal? LegalHours, string? LegalTime, DateTime? UpdatedAtUtc);

/// <summary>
/// Quy trình nội bộ (NĐ 61/2018 Đ7): the steps an agency takes to settle a procedure, each with its role and time
/// budget. It can be saved while being worked out, but is approved only when it fits the legal processing time.
/// </summary>
internal sealed class DefineInternalProcessHandler(DbContext db, EditAccess access, IOrganisationDirectory directory, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<InternalProcessView>> GetAsync(ClaimsPrincipal user, string code, string unitCode, CancellationToken cancellationToken)
    {
        var target = await LoadTargetAsync(user, code, unitCode, cancellationToken);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        var (procedure, agency) = target.Value;
        var process = await db.Set<InternalProcess>().AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProcedureId == procedure.Id && p.AgencyUnitId == agency.Id, cancellationToken);
        return View(procedure, agency, process);
    }

    public async Task<Result<InternalProcessView>> HandleAsync(
        ClaimsPrincipal user, string code, string unitCode, DefineInternalProcessRequest request, CancellationToken cancellationToken)
    {
        var target = await LoadTargetAsync(user, code, unitCode, cancellationToken);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        var (procedure, agency) = target.Value;
        if (procedure.RetiredOn is not null)
        {
            return Error.Conflict("procedure.retired", "Thủ tục đã bị bãi bỏ, không thể xây dựng quy trình nội bộ.");
        }

        var legal = LegalContentOf(procedure);
        var steps = request.Steps ?? [];
        var errors = new ValidationErrors();
        for (var i = 0; i < steps.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(steps[i].Role) && !StaffRoles.IsKnown(steps[i].Role))
            {
                errors.Add($"Steps[{i}].Role", "Vai trò thực hiện không hợp lệ.");
            }

            if (steps[i].UnitId is { } unitId && await directory.FindAsync(unitId, cancellationToken) is null)
            {
                errors.Add($"Steps[{i}].UnitId", "Đơn vị thực hiện bước không có trong cây tổ chức.");
            }
        }

        var process = await db.Set<InternalProcess>()
            .SingleOrDefaultAsync(p => p.ProcedureId == procedure.Id && p.AgencyUnitId == agency.Id, cancellationToken);
        var fromState = process is null ? null : process.IsPublished ? "Published" : "Draft";
        if (!errors.IsEmpty)
        {
            // Run the domain's own checks on a copy too, so that the editor sees every mistake at once.
            var trial = InternalProcess.Create(procedure.Id, agency.Id).Define(steps, legal, request.Publish, clock.UtcNow);
            if (!trial.IsSuccess)
            {
                errors.AddAll(trial.Error);
            }

            return errors.ToError();
        }

        if (process is null)
        {
            process = InternalProcess.Create(procedure.Id, agency.Id);
            db.Add(process);
        }

        var defined = process.Define(steps, legal, request.Publish, clock.UtcNow);
        if (!defined.IsSuccess)
        {
            return defined.Error;
        }

        db.Add(AuditEntry.Record(clock.UtcNow, actor.Name, request.Publish ? "internal_process.published" : "internal_process.saved",
            nameof(InternalProcess), $"{procedure.Code}@{agency.Code}", fromState, process.IsPublished ? "Published" : "Draft",
            $"{steps.Count} bước, tổng {steps.Sum(s => s.BudgetHours) / 8:0.##} ngày làm việc"));
        await db.SaveChangesAsync(cancellationToken);
        return View(procedure, agency, process);
    }

    private async Task<Result<(Procedure Procedure, UnitSummary Agency)>> LoadTargetAsync(
        ClaimsPrincipal user, string code, string unitCode, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadAsync(code, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var agency = await directory.FindByCodeAsync(unitCode, cancellationToken);
        if (agency is null)
        {
            return Error.NotFound("unit.not_found", $"Không tìm thấy đơn vị mã {unitCode}.");
        }

        if (!user.Covers(agency.Path))
        {
            return Error.Forbidden($"Bạn không có quyền xây dựng quy trình nội bộ của {agency.Name}.");
        }

        return (loaded.Value, agency);
    }

    /// <summary>The time the process must fit: the version in force, or the draft of a procedure not yet published.</summary>
    private static ProcedureContent LegalContentOf(Procedure procedure) =>
        (procedure.LatestPublished ?? procedure.Draft ?? procedure.Versions.MaxBy(v => v.Number))?.Content ?? new ProcedureContent();

    private static InternalProcessView View(Procedure procedure, UnitSummary agency, InternalProcess? process)
    {
        var legal = LegalContentOf(procedure);
        var shortest = legal.ProcessingTimes.MinBy(t => t.MaxWorkingHours);
        var steps = process?.Steps ?? [];
        return new InternalProcessView(procedure.Code, (procedure.LatestPublished ?? procedure.Draft)?.Name ?? procedure.Code, agency,
            process?.IsPublished ?? false, steps, steps.Sum(s => s.BudgetHours), shortest?.MaxWorkingHours,
            shortest is null ? null : ContentChanges.Describe(shortest), process?.UpdatedAtUtc);
    }
}
