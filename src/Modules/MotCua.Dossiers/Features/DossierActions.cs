using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features;

/// <summary>What an action on a dossier gets: who acts, the instant, and the legal time of the processing unit.</summary>
internal sealed record ActionContext(string Actor, DateTime NowUtc, LegalTime Time);

/// <summary>
/// The one way an action changes a dossier: load within the user's scope, let the aggregate decide, write the audit
/// entry in the same SaveChanges, and turn a lost race into 409 with the state the winner left.
/// </summary>
internal sealed class DossierActions(DbContext db, DossierAccess access, LegalTimeSource legalTime, BusinessClock clock)
{
    public async Task<Result<DossierView>> RunAsync(
        ClaimsPrincipal user, string code, DossierTrigger trigger, Func<Dossier, ActionContext, Error?> apply, CancellationToken cancellationToken,
        Func<Dossier, Task<Error?>>? afterApply = null)
    {
        var loaded = await access.LoadAsync(user, code, trigger, tracking: true, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var dossier = loaded.Value;
        var actor = DossierAccess.ActorOf(user);
        var time = await legalTime.ForUnitAsync(dossier.ProcessingUnitId, cancellationToken);
        var from = dossier.State;
        var now = clock.UtcNow;
        if (apply(dossier, new ActionContext(actor, now, time)) is { } error)
        {
            return error;
        }

        if (afterApply is not null && await afterApply(dossier) is { } late)
        {
            return late;
        }

        var entry = dossier.History[^1];
        db.Add(AuditEntry.Record(now, actor, "dossier." + ToKebab(trigger), nameof(Dossier), dossier.Code, from.ToString(), dossier.State.ToString(), entry.Reason));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(code, cancellationToken);
        }

        return DossierView.Of(dossier, user);
    }

    public static string ToKebab(DossierTrigger trigger) =>
        string.Concat(trigger.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Someone else changed the dossier first: say what state they left it in.</summary>
    private async Task<Error> ConflictAsync(string code, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await db.Set<Dossier>().AsNoTracking()
            .Where(d => d.Code == code)
            .Select(d => new { d.State, d.Status, d.Version })
            .SingleAsync(cancellationToken);
        return new Error(
            ErrorKind.Conflict,
            "concurrent-change",
            $"Hồ sơ {code} vừa được người khác cập nhật sang trạng thái \"{current.State.Label()}\". Tải lại hồ sơ rồi thực hiện lại.",
            new Dictionary<string, string[]>
            {
                ["state"] = [current.State.ToString()],
                ["stateName"] = [current.State.Label()],
                ["statusCode"] = [((int)current.Status).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["version"] = [current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            });
    }
}
