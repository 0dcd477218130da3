using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Persistence;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features;

/// <summary>
/// Who may see and act on a dossier. Desk officers act for dossiers their unit's desk received; processing officers
/// and leaders on the current step when it is planned at their unit or at the sở / district committee their phòng
/// belongs to (a step planned at the Sở is carried by its departments; a commune is not a department of its
/// district), or when it is assigned to them; leaders whose subtree holds the implementing unit approve. The unit
/// paths live on the dossier so that the same rules are SQL in lists (<see cref="Visible"/>).
/// </summary>
internal sealed class DossierAccess(DbContext db)
{
    public const string NotFoundMessage = "Không tìm thấy hồ sơ có mã này.";

    public static string ActorOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "system";

    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(StaffRoles.SystemAdmin);

    public static bool IsLeader(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.DepartmentLeader) || user.IsInRole(StaffRoles.AgencyLeader);

    public static bool Sees(ClaimsPrincipal user, Dossier dossier) =>
        IsAdmin(user)
        || user.Covers(dossier.DeskUnitPath)
        || user.Covers(dossier.ProcessingUnitPath)
        || dossier.CurrentStepUnitPath is { } step && (user.Covers(step) || CarriesFor(user, step))
        || dossier.CurrentAssignee == ActorOf(user);

    /// <summary>The user works in a phòng of the unit at <paramref name="unitPath"/>, and so carries its steps.</summary>
    public static bool CarriesFor(ClaimsPrincipal user, string unitPath) =>
        string.Equals(user.DepartmentOf(), unitPath, StringComparison.Ordinal);

    /// <summary>Whether the user holds the duty that <paramref name="trigger"/> needs on this dossier now.</summary>
    public static bool May(ClaimsPrincipal user, Dossier dossier, DossierTrigger trigger)
    {
        if (IsAdmin(user))
        {
            return true;
        }

        var desk = user.IsInRole(StaffRoles.DeskOfficer) && user.Covers(dossier.DeskUnitPath);
        var stepPath = dossier.CurrentStepUnitPath ?? dossier.ProcessingUnitPath;
        var processing = dossier.CurrentAssignee == ActorOf(user)
            || (user.IsInRole(StaffRoles.ProcessingOfficer) || IsLeader(user)) && (user.Covers(stepPath) || CarriesFor(user, stepPath));
        var approval = IsLeader(user) && user.Covers(dossier.ProcessingUnitPath);
        return trigger switch
        {
            DossierTrigger.Accept or DossierTrigger.Refuse or DossierTrigger.Transfer or DossierTrigger.SupplySupplement
                or DossierTrigger.ReturnResult or DossierTrigger.Withdraw => desk,
            DossierTrigger.RequestSupplement => dossier.State == DossierState.Submitted ? desk : processing,
            DossierTrigger.ConfirmPayment => desk || processing,
            DossierTrigger.ReturnToStep => dossier.State == DossierState.AwaitingApproval ? approval : processing,
            DossierTrigger.Stop => processing || approval,
            DossierTrigger.Approve or DossierTrigger.Apologize => approval,
            DossierTrigger.AssignHandler => processing && (IsLeader(user) || user.IsInRole(StaffRoles.ProcessingOfficer)),
            _ => processing,
        };
    }

    /// <summary>The SQL form of <see cref="Sees"/>.</summary>
    public static IQueryable<Dossier> Visible(IQueryable<Dossier> dossiers, ClaimsPrincipal user)
    {
        if (IsAdmin(user))
        {
            return dossiers;
        }

        var me = ActorOf(user);
        var own = user.UnitPath();
        if (own is null)
        {
            return dossiers.Where(d => d.CurrentAssignee == me);
        }

        var agency = user.DepartmentOf() ?? own;
        if (user.FindFirstValue(StaffScope.SubtreeClaim) != "true")
        {
            return dossiers.Where(d => d.DeskUnitPath == own || d.ProcessingUnitPath == own
                || d.CurrentStepUnitPath == own || d.CurrentStepUnitPath == agency || d.CurrentAssignee == me);
        }

        // The subtree as key ranges (MaterializedPaths): each arm of the OR is then an index range on both providers.
        return dossiers.Where(Conditions.Any(
            MaterializedPaths.Under<Dossier>(d => d.DeskUnitPath, own),
            MaterializedPaths.Under<Dossier>(d => d.ProcessingUnitPath, own),
            MaterializedPaths.Under<Dossier>(d => d.CurrentStepUnitPath, own),
            d => d.CurrentStepUnitPath == agency || d.CurrentAssignee == me));
    }

    /// <summary>The dossier for <paramref name="trigger"/>: 404 when the user may not see it (no oracle), 403 when they may not do this.</summary>
    public async Task<Result<Dossier>> LoadAsync(ClaimsPrincipal user, string code, DossierTrigger? trigger, bool tracking, CancellationToken cancellationToken)
    {
        if (!DossierCode.IsWellFormed(code))
        {
            return Error.NotFound("dossier-not-found", NotFoundMessage);
        }

        var query = db.Set<Dossier>().AsSplitQuery();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var dossier = await query.SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (dossier is null || !Sees(user, dossier))
        {
            return Error.NotFound("dossier-not-found", NotFoundMessage);
        }

        if (trigger is { } t && !May(user, dossier, t))
        {
            return Error.Forbidden($"Bạn không có quyền \"{t.Label().ToLowerInvariant()}\" đối với hồ sơ {dossier.Code}.");
        }

        return dossier;
    }
}
