using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Edit.SaveDraft;

public sealed record SaveDraftRequest(ProcedureContent Content, Guid ConcurrencyStamp);

/// <summary>Saves the draft of a procedure; when none is open, the edit opens the next version (sửa đổi, bổ sung).</summary>
internal sealed class SaveDraftHandler(DbContext db, EditAccess access, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<DraftState>> GetAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadInScopeAsync(user, code, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var procedure = loaded.Value;

        var basis = procedure.Draft ?? procedure.LatestPublished ?? procedure.Versions.MaxBy(v => v.Number)!;
        return new DraftState(procedure.Code, basis.Number, basis.Status == VersionStatus.Draft, basis.Content, procedure.ConcurrencyStamp,
            procedure.LatestPublished?.Number, procedure.RetiredOn);
    }

    public async Task<Result<ProcedureEdited>> HandleAsync(ClaimsPrincipal user, string code, SaveDraftRequest request, CancellationToken cancellationToken)
    {
        var content = request.Content ?? new ProcedureContent();
        // Moving a procedure to another unit needs scope over both, or an editor could take over another unit's procedure.
        var loaded = await access.LoadForEditAsync(user, code, request.ConcurrencyStamp, cancellationToken, content.ImplementingUnitId);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var procedure = loaded.Value;

        var errors = new ValidationErrors();
        content.Validate(errors);
        await access.CheckReferencesAsync(content, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var hadDraft = procedure.Draft is not null;
        var saved = procedure.SaveDraft(content, clock.UtcNow);
        if (!saved.IsSuccess)
        {
            return saved.Error;
        }

        var draft = saved.Value;
        db.Add(AuditEntry.Record(clock.UtcNow, actor.Name, hadDraft ? "procedure.draft_saved" : "procedure.draft_opened",
            nameof(Procedure), procedure.Code,
            hadDraft ? nameof(VersionStatus.Draft) : procedure.LatestPublished?.Status.ToString(), nameof(VersionStatus.Draft),
            $"Phiên bản {draft.Number}"));
        return await access.SaveAsync(new ProcedureEdited(procedure.Code, draft.Number, draft.Status, procedure.ConcurrencyStamp), cancellationToken);
    }
}
