using System.Security.Claims;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Domain;

namespace MotCua.Dossiers.Features.ShowDossier;

public enum ActionKind
{
    /// <summary>A small form on the dossier page.</summary>
    Form = 1,

    /// <summary>A page of its own (structured reasons, a date, a receipt).</summary>
    Link = 2,
}

public sealed record DossierAction(DossierTrigger Trigger, ActionKind Kind, string? Href = null, bool Danger = false);

/// <summary>
/// The buttons a dossier page offers: the transitions the lifecycle table allows now (guards included) that the
/// user's role and scope let them take. The handlers check the same again; this only avoids offering dead buttons.
/// </summary>
public static class DossierActions
{
    private static readonly DossierTrigger[] Order =
    [
        DossierTrigger.Accept, DossierTrigger.SupplySupplement, DossierTrigger.Transfer, DossierTrigger.AssignHandler,
        DossierTrigger.CompleteStep, DossierTrigger.SubmitForApproval, DossierTrigger.Approve, DossierTrigger.MarkResultReady,
        DossierTrigger.ReturnResult, DossierTrigger.ReceiveFromOtherAgency, DossierTrigger.ConfirmPayment, DossierTrigger.ReturnToStep,
        DossierTrigger.SendToOtherAgency, DossierTrigger.RequestFinancialObligation, DossierTrigger.RequestSupplement,
        DossierTrigger.Apologize, DossierTrigger.Refuse, DossierTrigger.Stop, DossierTrigger.Withdraw,
    ];

    public static IReadOnlyList<DossierAction> For(ClaimsPrincipal user, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(dossier);
        return [.. Order
            .Where(t => DossierLifecycle.Find(dossier.State, t) is { } transition && transition.Guard?.Invoke(dossier) is null)
            .Where(t => May(user, dossier, t))
            .Select(t => Describe(dossier, t))];
    }

    public static bool May(ClaimsPrincipal user, Dossier dossier, DossierTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(dossier);
        var desk = user.IsInRole(StaffRoles.DeskOfficer) && user.Covers(dossier.DeskUnitPath);
        var leader = (user.IsInRole(StaffRoles.DepartmentLeader) || user.IsInRole(StaffRoles.AgencyLeader)) && user.Covers(dossier.ProcessingUnitPath);
        var processing = user.Covers(dossier.ProcessingUnitPath) && !user.IsInRole(StaffRoles.ControlOfficer);
        var onStep = dossier.CurrentStep is { AtOtherAgency: false } step && step.UnitPath.Length > 0 && user.Covers(step.UnitPath)
            && (user.IsInRole(step.Role) || user.IsInRole(StaffRoles.DepartmentLeader) || user.IsInRole(StaffRoles.AgencyLeader));
        return trigger switch
        {
            DossierTrigger.Accept or DossierTrigger.Refuse or DossierTrigger.SupplySupplement or DossierTrigger.Transfer
                or DossierTrigger.ReturnResult or DossierTrigger.Withdraw => desk,
            DossierTrigger.RequestSupplement => dossier.State == DossierState.Submitted ? desk : onStep,
            DossierTrigger.AssignHandler or DossierTrigger.CompleteStep or DossierTrigger.SubmitForApproval
                or DossierTrigger.SendToOtherAgency or DossierTrigger.RequestFinancialObligation => onStep,
            DossierTrigger.ReturnToStep or DossierTrigger.Stop => dossier.State == DossierState.AwaitingApproval ? leader : onStep,
            DossierTrigger.Approve => leader,
            DossierTrigger.ReceiveFromOtherAgency or DossierTrigger.MarkResultReady => processing,
            DossierTrigger.ConfirmPayment => desk || processing,
            DossierTrigger.Apologize => leader || desk,
            _ => false,
        };
    }

    private static DossierAction Describe(Dossier dossier, DossierTrigger trigger)
    {
        var root = $"/mot-cua/ho-so/{dossier.Code}";
        return trigger switch
        {
            DossierTrigger.RequestSupplement => new(trigger, ActionKind.Link, root + "/yeu-cau-bo-sung"),
            DossierTrigger.Refuse => new(trigger, ActionKind.Link, root + "/tu-choi", Danger: true),
            DossierTrigger.Apologize => new(trigger, ActionKind.Link, root + "/xin-loi"),
            DossierTrigger.ReturnResult => new(trigger, ActionKind.Link, root + "/tra-ket-qua"),
            DossierTrigger.Stop or DossierTrigger.Withdraw => new(trigger, ActionKind.Form, Danger: true),
            _ => new(trigger, ActionKind.Form),
        };
    }
}
