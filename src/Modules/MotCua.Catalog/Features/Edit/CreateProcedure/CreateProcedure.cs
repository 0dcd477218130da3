using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Edit.CreateProcedure;

public sealed record CreateProcedureRequest(string Code, ProcedureContent Content);

/// <summary>Enters a procedure in the catalog as draft version 1, under its national code.</summary>
internal sealed class CreateProcedureHandler(DbContext db, EditAccess access, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<ProcedureEdited>> HandleAsync(ClaimsPrincipal user, CreateProcedureRequest request, CancellationToken cancellationToken)
    {
        var code = request.Code?.Trim() ?? string.Empty;
        var content = request.Content ?? new ProcedureContent();
        if (await access.RequireScopeAsync(user, content.ImplementingUnitId, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new ValidationErrors();
        var created = Procedure.Create(Guid.CreateVersion7(), code, content, clock.UtcNow, isDemo: false);
        if (!created.IsSuccess)
        {
            errors.AddAll(created.Error);
        }

        await access.CheckReferencesAsync(content, errors, cancellationToken);
        if (Procedure.IsValidCode(code) && await db.Set<Procedure>().AnyAsync(p => p.Code == code, cancellationToken))
        {
            errors.Add(nameof(CreateProcedureRequest.Code), DuplicateMessage(code));
        }

        if (!errors.IsEmpty || !created.IsSuccess)
        {
            return errors.ToError();
        }

        var procedure = created.Value;
        db.Add(procedure);
        db.Add(AuditEntry.Record(clock.UtcNow, actor.Name, "procedure.created", nameof(Procedure), procedure.Code,
            null, nameof(VersionStatus.Draft), $"Phiên bản 1: {content.Name.Trim()}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two editors entering the same code at once: the unique index decides, the loser gets the same message.
            if (await CodeTakenAsync(code, cancellationToken))
            {
                return Error.Field(nameof(CreateProcedureRequest.Code), DuplicateMessage(code));
            }

            throw;
        }

        return new ProcedureEdited(procedure.Code, 1, VersionStatus.Draft, procedure.ConcurrencyStamp);
    }

    private static string DuplicateMessage(string code) => $"Mã thủ tục {code} đã tồn tại trong danh mục.";

    private async Task<bool> CodeTakenAsync(string code, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<Procedure>().AnyAsync(p => p.Code == code, cancellationToken);
    }
}
