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
        var loaded = await access.LoadForEditAsync(user, code, request.ConcurrencyStamp, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var procedure = loaded.Value;

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
        return await access.SaveAsync(new ProcedureEdited(procedure.Code, current!.Number, VersionStatus.Retired, procedure.ConcurrencyStamp), cancellationToken);
    }
}
