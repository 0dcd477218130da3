using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Edit.PublishProcedure;

public sealed record PublishProcedureRequest(PublicationDecision Decision, Guid ConcurrencyStamp);

/// <summary>Công bố: the draft becomes the version in force from the decision's effective date (NĐ 63/2010 Đ13–15).</summary>
internal sealed class PublishProcedureHandler(DbContext db, EditAccess access, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<ProcedureEdited>> HandleAsync(ClaimsPrincipal user, string code, PublishProcedureRequest request, CancellationToken cancellationToken)
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
        var previous = procedure.LatestPublished;
        var published = procedure.Publish(decision, clock.UtcNow);
        if (!published.IsSuccess)
        {
            return published.Error;
        }

        var version = published.Value;
        var details = $"Phiên bản {version.Number}, quyết định {decision.Number.Trim()}, hiệu lực từ {decision.EffectiveOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"
            + (previous is null ? string.Empty : $"; thay thế phiên bản {previous.Number}");
        db.Add(AuditEntry.Record(clock.UtcNow, actor.Name, "procedure.published", nameof(Procedure), procedure.Code,
            nameof(VersionStatus.Draft), nameof(VersionStatus.Published), details));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("procedure.stale", EditAccess.StaleMessage);
        }

        return new ProcedureEdited(procedure.Code, version.Number, version.Status, procedure.ConcurrencyStamp);
    }
}
