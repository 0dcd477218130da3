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
/// The buttons a dossier page offers: exactly <see cref="DossierView.AllowedActions"/> (the lifecycle table, its guards
/// and <see cref="DossierAccess"/>, as the handlers check them), in the order an officer looks for them.
/// </summary>
public static class ActionButtons
{
    private static readonly DossierTrigger[] Order =
    [
        DossierTrigger.Accept, DossierTrigger.SupplySupplement, DossierTrigger.Transfer, DossierTrigger.AssignHandler,
        DossierTrigger.CompleteStep, DossierTrigger.SubmitForApproval, DossierTrigger.Approve, DossierTrigger.MarkResultReady,
        DossierTrigger.ReturnResult, DossierTrigger.ReceiveFromOtherAgency, DossierTrigger.ConfirmPayment, DossierTrigger.ReturnToStep,
        DossierTrigger.SendToOtherAgency, DossierTrigger.RequestFinancialObligation, DossierTrigger.RequestSupplement,
        DossierTrigger.Apologize, DossierTrigger.Refuse, DossierTrigger.Stop, DossierTrigger.Withdraw,
    ];

    public static IReadOnlyList<DossierAction> For(DossierView dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return [.. Order.Where(dossier.AllowedActions.Contains).Select(t => Describe(dossier.Code, t))];
    }

    private static DossierAction Describe(string code, DossierTrigger trigger)
    {
        var root = $"/mot-cua/ho-so/{code}";
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
