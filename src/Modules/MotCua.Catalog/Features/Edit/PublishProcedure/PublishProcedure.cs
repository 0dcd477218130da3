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
        var loaded = await access.LoadForEditAsync(user, code, request.ConcurrencyStamp, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var procedure = loaded.Value;

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
        return await access.SaveAsync(new ProcedureEdited(procedure.Code, version.Number, version.Status, procedure.ConcurrencyStamp), cancellationToken);
    }
}
