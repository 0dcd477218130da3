using System.Collections.Frozen;
using MotCua.Kernel.Results;

namespace MotCua.Engagement.Features.Feedback;

/// <summary>
/// Where a PAKN stands, after the DVCQG state groups (DOMAIN B §6.3): chờ tiếp nhận, đang xử lý, đã xử lý (chờ công
/// khai / đã công khai / từ chối / trả lại / chờ bổ sung). "Chuyển đơn vị khác" is a transition, not a resting state:
/// the PAKN moves to the new unit and waits there for receipt (ADR 0010).
/// </summary>
public enum FeedbackState
{
    AwaitingReceipt = 1,
    InProgress = 2,
    AwaitingSupplement = 3,
    AwaitingPublication = 4,
    Published = 5,
    Refused = 6,
    Returned = 7,
}

public enum FeedbackTrigger
{
    Submit = 1,
    Receive = 2,
    Refuse = 3,
    Transfer = 4,
    RequestSupplement = 5,
    Supplement = 6,
    RecordResult = 7,
    Return = 8,
    Publish = 9,
}

/// <summary>NĐ 20/2008 Đ6–7 (DOMAIN B §6.3 "Forms"): written (portal, desk, post), the published hotline, or a survey form.</summary>
public enum FeedbackChannel
{
    Portal = 1,
    Written = 2,
    Hotline = 3,
    Survey = 4,
}

/// <summary>QĐ 766 indicator 5.1 (DOMAIN B §1.3): rules and procedures, or the conduct of officials; none until received.</summary>
public enum FeedbackClassification
{
    Unclassified = 0,
    Regulation = 1,
    Conduct = 2,
}

public sealed record FeedbackTransition(FeedbackState? From, FeedbackTrigger Trigger, FeedbackState To);

/// <summary>The one transition table of a PAKN; anything not listed is refused (HTTP 409).</summary>
public static class FeedbackLifecycle
{
    public static readonly IReadOnlyList<FeedbackTransition> Transitions =
    [
        new(null, FeedbackTrigger.Submit, FeedbackState.AwaitingReceipt),

        // NĐ 20/2008 Đ9.4: not accepted, forwarded (outside competence), or received for handling.
        new(FeedbackState.AwaitingReceipt, FeedbackTrigger.Receive, FeedbackState.InProgress),
        new(FeedbackState.AwaitingReceipt, FeedbackTrigger.Refuse, FeedbackState.Refused),
        new(FeedbackState.AwaitingReceipt, FeedbackTrigger.Transfer, FeedbackState.AwaitingReceipt),

        new(FeedbackState.InProgress, FeedbackTrigger.RequestSupplement, FeedbackState.AwaitingSupplement),
        new(FeedbackState.InProgress, FeedbackTrigger.RecordResult, FeedbackState.AwaitingPublication),
        new(FeedbackState.InProgress, FeedbackTrigger.Transfer, FeedbackState.AwaitingReceipt),
        new(FeedbackState.InProgress, FeedbackTrigger.Return, FeedbackState.Returned),

        new(FeedbackState.AwaitingSupplement, FeedbackTrigger.Supplement, FeedbackState.InProgress),
        new(FeedbackState.AwaitingSupplement, FeedbackTrigger.Return, FeedbackState.Returned),

        // NĐ 20/2008 Đ14.5: the result is published.
        new(FeedbackState.AwaitingPublication, FeedbackTrigger.Publish, FeedbackState.Published),
    ];

    private static readonly FrozenDictionary<(FeedbackState?, FeedbackTrigger), FeedbackTransition> ByKey =
        Transitions.ToFrozenDictionary(t => (t.From, t.Trigger));

    public static Result<FeedbackState> Next(FeedbackState from, FeedbackTrigger trigger) =>
        ByKey.TryGetValue((from, trigger), out var transition)
            ? transition.To
            : Error.Conflict("illegal-transition", $"Không thể \"{trigger.Label().ToLowerInvariant()}\" khi phản ánh, kiến nghị đang ở trạng thái \"{from.Label()}\".");

    /// <summary>The triggers staff may fire from a state (the detail page offers exactly these).</summary>
    public static IReadOnlyList<FeedbackTrigger> Allowed(FeedbackState from) =>
        [.. Transitions.Where(t => t.From == from).Select(t => t.Trigger)];

    /// <summary>Đã xử lý in the sense of indicator 5.2: a result, a refusal or a return ended the handling.</summary>
    public static bool IsHandled(this FeedbackState state) =>
        state is FeedbackState.AwaitingPublication or FeedbackState.Published or FeedbackState.Refused or FeedbackState.Returned;

    public static string Label(this FeedbackState state) => state switch
    {
        FeedbackState.AwaitingReceipt => "Chờ tiếp nhận",
        FeedbackState.InProgress => "Đang xử lý",
        FeedbackState.AwaitingSupplement => "Chờ bổ sung",
        FeedbackState.AwaitingPublication => "Đã xử lý, chờ công khai",
        FeedbackState.Published => "Đã công khai",
        FeedbackState.Refused => "Từ chối",
        FeedbackState.Returned => "Trả lại",
        _ => state.ToString(),
    };

    public static string Label(this FeedbackTrigger trigger) => trigger switch
    {
        FeedbackTrigger.Submit => "Gửi phản ánh, kiến nghị",
        FeedbackTrigger.Receive => "Tiếp nhận và phân loại",
        FeedbackTrigger.Refuse => "Từ chối tiếp nhận",
        FeedbackTrigger.Transfer => "Chuyển đơn vị khác",
        FeedbackTrigger.RequestSupplement => "Yêu cầu bổ sung",
        FeedbackTrigger.Supplement => "Ghi nhận thông tin bổ sung",
        FeedbackTrigger.RecordResult => "Ghi kết quả xử lý",
        FeedbackTrigger.Return => "Trả lại",
        FeedbackTrigger.Publish => "Công khai kết quả",
        _ => trigger.ToString(),
    };
}
