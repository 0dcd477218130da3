using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Domain;

/// <summary>
/// A row of the lifecycle: from a state (none for the triggers that create a dossier), on a trigger, to a state,
/// unless the guard gives a reason not to.
/// </summary>
public sealed record DossierTransition(DossierState? From, DossierTrigger Trigger, DossierState To, Func<Dossier, string?>? Guard = null);

/// <summary>
/// The one transition table of a dossier (ARCHITECTURE: "its lifecycle is a single transition table"). Anything not
/// listed is refused with a reason (HTTP 409), never ignored. docs/domain/dossier-lifecycle.md is rendered from it.
/// </summary>
public static class DossierLifecycle
{
    private const string SecondApology =
        "Hồ sơ đã được hẹn lại ngày trả kết quả một lần; Nghị định 61/2018/NĐ-CP Điều 19 khoản 9 chỉ cho phép hẹn lại một lần.";

    public static readonly IReadOnlyList<DossierTransition> Transitions =
    [
        new(null, DossierTrigger.ReceiveAtDesk, DossierState.Submitted),
        new(null, DossierTrigger.ReceiveByPost, DossierState.Submitted),
        new(null, DossierTrigger.SubmitOnline, DossierState.Submitted),

        new(DossierState.Submitted, DossierTrigger.Accept, DossierState.Received),
        new(DossierState.Submitted, DossierTrigger.RequestSupplement, DossierState.AwaitingSupplementAtIntake),
        new(DossierState.Submitted, DossierTrigger.Refuse, DossierState.Refused),
        new(DossierState.Submitted, DossierTrigger.Withdraw, DossierState.Withdrawn),

        new(DossierState.AwaitingSupplementAtIntake, DossierTrigger.SupplySupplement, DossierState.Submitted),
        new(DossierState.AwaitingSupplementAtIntake, DossierTrigger.Withdraw, DossierState.Withdrawn),

        new(DossierState.Received, DossierTrigger.Transfer, DossierState.InProcessing),
        new(DossierState.Received, DossierTrigger.Withdraw, DossierState.Withdrawn),
        new(DossierState.Received, DossierTrigger.Apologize, DossierState.Received, NotYetApologized),

        new(DossierState.InProcessing, DossierTrigger.AssignHandler, DossierState.InProcessing),
        new(DossierState.InProcessing, DossierTrigger.CompleteStep, DossierState.InProcessing, d =>
            d.CurrentStep is not { } step ? "Hồ sơ không có bước xử lý đang thực hiện."
            : step.Assignee is null ? "Bước hiện tại chưa được phân công cán bộ xử lý."
            : d.IsOnLastStep ? "Đây là bước cuối của quy trình: trình ký duyệt thay vì chuyển bước." : null),
        new(DossierState.InProcessing, DossierTrigger.ReturnToStep, DossierState.InProcessing, d =>
            d.CurrentStep is { PlanIndex: > 0 } ? null : "Hồ sơ đang ở bước đầu tiên, không có bước trước để trả lại."),
        new(DossierState.InProcessing, DossierTrigger.SubmitForApproval, DossierState.AwaitingApproval, d =>
            d.CurrentStep is not { } step ? "Hồ sơ không có bước xử lý đang thực hiện."
            : step.Assignee is null ? "Bước hiện tại chưa được phân công cán bộ xử lý."
            : !d.IsOnLastStep ? "Chưa đến bước cuối của quy trình: hoàn thành các bước trước khi trình ký." : null),
        new(DossierState.InProcessing, DossierTrigger.SendToOtherAgency, DossierState.AtOtherAgency),
        new(DossierState.InProcessing, DossierTrigger.RequestSupplement, DossierState.AwaitingSupplement),
        new(DossierState.InProcessing, DossierTrigger.RequestFinancialObligation, DossierState.AwaitingFinancialObligation),
        new(DossierState.InProcessing, DossierTrigger.Stop, DossierState.Stopped),
        new(DossierState.InProcessing, DossierTrigger.Withdraw, DossierState.Withdrawn),
        new(DossierState.InProcessing, DossierTrigger.Apologize, DossierState.InProcessing, NotYetApologized),

        new(DossierState.AwaitingApproval, DossierTrigger.Approve, DossierState.Approved),
        new(DossierState.AwaitingApproval, DossierTrigger.ReturnToStep, DossierState.InProcessing),
        new(DossierState.AwaitingApproval, DossierTrigger.Stop, DossierState.Stopped),
        new(DossierState.AwaitingApproval, DossierTrigger.Withdraw, DossierState.Withdrawn),
        new(DossierState.AwaitingApproval, DossierTrigger.Apologize, DossierState.AwaitingApproval, NotYetApologized),

        new(DossierState.Approved, DossierTrigger.MarkResultReady, DossierState.ResultReady),
        new(DossierState.Approved, DossierTrigger.Apologize, DossierState.Approved, NotYetApologized),

        new(DossierState.AtOtherAgency, DossierTrigger.ReceiveFromOtherAgency, DossierState.InProcessing),
        new(DossierState.AtOtherAgency, DossierTrigger.Withdraw, DossierState.Withdrawn),
        new(DossierState.AtOtherAgency, DossierTrigger.Apologize, DossierState.AtOtherAgency, NotYetApologized),

        new(DossierState.AwaitingSupplement, DossierTrigger.SupplySupplement, DossierState.InProcessing),
        new(DossierState.AwaitingSupplement, DossierTrigger.Stop, DossierState.Stopped),
        new(DossierState.AwaitingSupplement, DossierTrigger.Withdraw, DossierState.Withdrawn),

        new(DossierState.AwaitingFinancialObligation, DossierTrigger.ConfirmPayment, DossierState.InProcessing),
        new(DossierState.AwaitingFinancialObligation, DossierTrigger.Stop, DossierState.Stopped),
        new(DossierState.AwaitingFinancialObligation, DossierTrigger.Withdraw, DossierState.Withdrawn),

        new(DossierState.ResultReady, DossierTrigger.ReturnResult, DossierState.Returned),
    ];

    private static readonly FrozenDictionary<(DossierState?, DossierTrigger), DossierTransition> ByKey =
        Transitions.ToFrozenDictionary(t => (t.From, t.Trigger));

    /// <summary>The transition for <paramref name="trigger"/> from <paramref name="from"/>, or null when the table has none.</summary>
    public static DossierTransition? Find(DossierState? from, DossierTrigger trigger) =>
        ByKey.TryGetValue((from, trigger), out var transition) ? transition : null;

    /// <summary>Where the trigger takes the dossier, or a 409 error saying why it cannot happen now.</summary>
    public static Result<DossierState> Next(Dossier dossier, DossierTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (Find(dossier.State, trigger) is not { } transition)
        {
            return Error.Conflict("illegal-transition", IllegalReason(dossier.State, trigger));
        }

        return transition.Guard?.Invoke(dossier) is { } reason
            ? Error.Conflict("guard-failed", reason)
            : transition.To;
    }

    public static string IllegalReason(DossierState from, DossierTrigger trigger) =>
        from.IsTerminal()
            ? $"Không thể \"{trigger.Label().ToLowerInvariant()}\": hồ sơ đã kết thúc ở trạng thái \"{from.Label()}\"."
            : trigger.Creates()
                ? $"Không thể \"{trigger.Label().ToLowerInvariant()}\" một hồ sơ đã có."
                : $"Không thể \"{trigger.Label().ToLowerInvariant()}\" khi hồ sơ đang ở trạng thái \"{from.Label()}\".";

    /// <summary>The table as a Mermaid state diagram (docs/domain/dossier-lifecycle.md).</summary>
    public static string ToMermaid()
    {
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        foreach (var state in Enum.GetValues<DossierState>())
        {
            text.Append(CultureInfo.InvariantCulture, $"    state \"{state.Label()} ({(int)state.National()})\" as {state}\n");
        }

        foreach (var transition in Transitions)
        {
            var from = transition.From?.ToString() ?? "[*]";
            var guard = transition.Guard is null ? string.Empty : " [điều kiện]";
            text.Append(CultureInfo.InvariantCulture, $"    {from} --> {transition.To} : {transition.Trigger.Label()}{guard}\n");
        }

        foreach (var state in Enum.GetValues<DossierState>().Where(s => s.IsTerminal()))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {state} --> [*]\n");
        }

        return text.ToString();
    }

    private static string? NotYetApologized(Dossier dossier) => dossier.Apology is null ? null : SecondApology;
}
