using MotCua.Reporting.Domain;

namespace MotCua.Reporting.Features.Facts;

/// <summary>
/// The flows and stocks every report starts from (DOMAIN B §1.4, §4): received and resolved in the period, in progress
/// and overdue at its end. A dossier open when the period ended counts as in progress then, whatever happened later.
/// </summary>
internal static class BaseMeasures
{
    public static readonly IFactMeasure Received = new FactMeasure(
        "ho-so.tiep-nhan", "Hồ sơ tiếp nhận trong kỳ",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc);

    public static readonly IFactMeasure Resolved = new FactMeasure(
        "ho-so.da-giai-quyet", "Hồ sơ đã giải quyết trong kỳ",
        w => f => f.Outcome == FactOutcome.Resolved && f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc);

    public static readonly IFactMeasure InProgress = new FactMeasure(
        "ho-so.dang-giai-quyet", "Hồ sơ đang giải quyết cuối kỳ",
        w => f => f.ReceivedAtUtc < w.AsOfUtc && (f.EndedAtUtc == null || f.EndedAtUtc >= w.AsOfUtc)
            && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused);

    public static readonly IFactMeasure Overdue = new FactMeasure(
        "ho-so.qua-han", "Hồ sơ đang giải quyết đã quá hạn cuối kỳ",
        w => f => f.ReceivedAtUtc < w.AsOfUtc && (f.EndedAtUtc == null || f.EndedAtUtc >= w.AsOfUtc)
            && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused && f.DueAtUtc < w.AsOfUtc);

    public static IReadOnlyList<IFactMeasure> All { get; } = [Received, Resolved, InProgress, Overdue];
}
