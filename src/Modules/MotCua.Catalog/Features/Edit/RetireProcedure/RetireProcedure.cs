using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Edit.RetireProcedure;

public sealed record RetireProcedureRequest(PublicationDecision Decision, Guid ConcurrencyStamp);

/// <summary>Bãi bỏ (NĐ 63/2010 Đ14): the procedure ends the day before the decision takes effect; an open draft is discarded.</summary>
internal sealed class RetireProcedureHandler(DbContext db, EditAccess access, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<ProcedureEdited>> HandleAsync(ClaimsPrincipal user, string code, RetireProcedureRequest request, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadAsync(code, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var procedure = loaded.Value;
        if (await access.RequireScopeAsync(user, EditAccess.CurrentUnitOf(procedure), cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (access.RequireFresh(procedure, request.ConcurrencyStamp) is { } stale)
        {
            return stale;
        }

        var decision = request.Decision ?? new PublicationDecision();
        var current = procedure.LatestPublished;
        var retired = procedure.Retire(decision);
        if (!retired.IsSuccess)
        {
            return retired.Error;
        }

        db.Add(AuditEntry.Record(clock.UtcNow, actor.Name, "procedure.retired", nameof(Procedure), procedure.Code,
            nameof(VersionStatus.Published), nameof(VersionStatus.Retired),
            $"Quyết định {decision.Number.Trim()}, bãi bỏ từ {decision.EffectiveOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("procedure.stale", EditAccess.StaleMessage);
        }

        return new ProcedureEdited(procedure.Code, current!.Number, VersionStatus.Retired, procedure.ConcurrencyStamp);
    }
}
