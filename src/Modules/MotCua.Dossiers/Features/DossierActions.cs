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
        var loadedVersion = dossier.Version;
        var now = clock.UtcNow;
        if (apply(dossier, new ActionContext(actor, now, time)) is { } error)
        {
            return error;
        }

        if (afterApply is not null && await afterApply(dossier) is { } late)
        {
            return late;
        }

        var entry = dossier.History.MaxBy(h => h.Sequence)!;
        db.Add(AuditEntry.Record(now, actor, "dossier." + ToKebab(trigger), nameof(Dossier), dossier.Code, from.ToString(), dossier.State.ToString(), entry.Reason));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The loser of a race fails either on the version check or, when its history row is written first, on the
            // history key the winner already took; both mean someone else moved the dossier.
            db.ChangeTracker.Clear();
            var current = await CurrentAsync(code, cancellationToken);
            if (current.Version == loadedVersion)
            {
                throw;
            }

            return Conflict(code, current);
        }

        return DossierView.Of(dossier, user);
    }

    public static string ToKebab(DossierTrigger trigger) =>
        string.Concat(trigger.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private async Task<(DossierState State, NationalStatus Status, int Version)> CurrentAsync(string code, CancellationToken cancellationToken)
    {
        var current = await db.Set<Dossier>().AsNoTracking()
            .Where(d => d.Code == code)
            .Select(d => new { d.State, d.Status, d.Version })
            .SingleAsync(cancellationToken);
        return (current.State, current.Status, current.Version);
    }

    /// <summary>Someone else changed the dossier first: say what state they left it in.</summary>
    private static Error Conflict(string code, (DossierState State, NationalStatus Status, int Version) current) =>
        new(
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
