using System.Linq.Expressions;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Persistence;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;
using static MotCua.Reporting.Domain.Index766.ProcedureIndicators;

namespace MotCua.Reporting.Features.Index766;

/// <summary>
/// The dossier sets of the 766 index (DOMAIN B §1.3, §1.4): each dossier-level sub-indicator's numerator and
/// denominator ("766.{id}.num" / ".den"), and the per-procedure facts the procedure-level ones ask about. The figures
/// and the drill-down lists go through these same predicates.
/// </summary>
internal static class Index766Measures
{
    // "Received in the period": the local day of receipt inside the window (B §1.3, 1.4, 3.3, 4.3–4.5). Every predicate
    // here compares local days, except an open dossier's appointment against the period's end (or now): so a period that
    // has ended is a sum of daily rollups (ADR 0011), and only the current one needs the open dossiers' appointments.
    private static Expression<Func<DossierFact, bool>> Received(ReportWindow w) =>
        f => f.ReceivedOn >= w.From && f.ReceivedOn <= w.To;

    private static Expression<Func<DossierFact, bool>> Resolved(ReportWindow w) =>
        f => f.Outcome == FactOutcome.Resolved && f.EndedOn >= w.From && f.EndedOn <= w.To;

    /// <summary>
    /// 2.1's denominator, "received or processed in the period" (B §1.3, §1.4): received by the period's last day and not
    /// ended before its first.
    /// </summary>
    internal static Expression<Func<DossierFact, bool>> Handled(ReportWindow w) =>
        f => f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
            && f.ReceivedOn <= w.To && (f.EndedOn == null || f.EndedOn >= w.From);

    /// <summary>
    /// 2.1's numerator (B §1.4): handled in the period, and either ended in it and not late, or still open at its end and
    /// not yet past its appointment then (<see cref="OpenInTime"/>). A second supplementation request makes a dossier late
    /// whatever its dates say.
    /// </summary>
    private static Expression<Func<DossierFact, bool>> HandledInTime(ReportWindow w) =>
        f => f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
            && f.ReceivedOn <= w.To && (f.EndedOn == null || f.EndedOn >= w.From)
            && !f.LateBySecondSupplement
            && ((f.EndedOn <= w.To && f.Timeliness != Timeliness.Late)
                || ((f.EndedOn == null || f.EndedOn > w.To) && (f.DueAtUtc == null || f.DueAtUtc >= w.AsOfUtc)));

    /// <summary>
    /// The open half of 2.1's numerator: received by the period's last day, open after it, and an open dossier takes the
    /// period's end, or now for a period not over yet, as its end (B §1.4), so its appointment must not be passed then.
    /// </summary>
    internal static Expression<Func<DossierFact, bool>> OpenInTime(ReportWindow w) =>
        f => f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
            && f.ReceivedOn <= w.To && (f.EndedOn == null || f.EndedOn > w.To)
            && !f.LateBySecondSupplement && (f.DueAtUtc == null || f.DueAtUtc >= w.AsOfUtc);

    /// <summary>5.4's "dislike" (DOMAIN A8): rated Không hài lòng.</summary>
    internal static Expression<Func<DossierFact, bool>> NotDisliked => f => f.Satisfaction == null || f.Satisfaction != 1;

    public static IReadOnlyList<IFactMeasure> Indicators { get; } =
    [
        // 1.4: synced dossiers received in the period / dossiers received (the national-report fallback of B §1.3 when
        // both are 0 is not applied: MotCua is the reporting system, so 0 received is N/A).
        M("1.4", "num", "Hồ sơ tiếp nhận trong kỳ đã đồng bộ lên Cổng DVCQG", w => Conditions.All(Received(w), f => f.SyncedToNationalPortal)),
        M("1.4", "den", "Hồ sơ tiếp nhận trong kỳ", Received),
        M("2.1", "num", "Hồ sơ giải quyết trước hạn, đúng hạn hoặc đang giải quyết trong hạn", HandledInTime),
        M("2.1", "den", "Hồ sơ tiếp nhận hoặc xử lý trong kỳ", Handled),
        // 2.2: the average is Σ working days of real processing / resolved dossiers; the list behind it is the resolved ones.
        M("2.2", "den", "Hồ sơ đã giải quyết xong trong kỳ", Resolved),
        // 3.3: online (KenhThucHien = 2) with an electronic result where the result is a paper document; "× sync ratio"
        // is read as counting only the online dossiers that reached the national portal.
        M("3.3", "num", "Hồ sơ nộp trực tuyến tiếp nhận trong kỳ (đã đồng bộ)", w => Conditions.All(Received(w),
            f => f.Channel == 2 && f.SyncedToNationalPortal && (!f.ResultIsDocument || f.HasElectronicResult))),
        M("3.3", "den", "Hồ sơ tiếp nhận trong kỳ", Received),
        M("3.6", "num", "Hồ sơ có phí, lệ phí được thanh toán trực tuyến", w => Conditions.All(Received(w),
            f => f.FeeBearing && f.SyncedToNationalPortal && (f.OnlinePaymentPlatform == 1 || f.OnlinePaymentPlatform == 2))),
        M("3.6", "den", "Hồ sơ của thủ tục có phí, lệ phí tiếp nhận trong kỳ", w => Conditions.All(Received(w), f => f.FeeBearing)),
        // 4.1 and 4.2 look at results, which only resolved dossiers have: counted over the dossiers resolved in the period.
        M("4.1", "num", "Hồ sơ có kết quả giải quyết điện tử", w => Conditions.All(Resolved(w), f => f.ResultIsDocument && f.HasElectronicResult)),
        M("4.1", "den", "Hồ sơ đã giải quyết có kết quả là giấy tờ", w => Conditions.All(Resolved(w), f => f.ResultIsDocument)),
        M("4.2", "num", "Hồ sơ số hóa thành phần và kết quả", w => Conditions.All(Resolved(w), f => f.ComponentsDigitized && f.HasElectronicResult)),
        M("4.2", "den", "Hồ sơ đã giải quyết trong kỳ", Resolved),
        M("4.3", "num", "Hồ sơ khai thác, sử dụng lại dữ liệu số hóa", w => Conditions.All(Received(w), f => f.ReusedDigitizedData)),
        M("4.3", "den", "Hồ sơ tiếp nhận trong kỳ", Received),
        M("4.4", "num", "Hồ sơ sử dụng giấy tờ từ kho dữ liệu cá nhân", w => Conditions.All(Received(w), f => f.TakenFromWallet)),
        M("4.4", "den", "Hồ sơ tiếp nhận trong kỳ", Received),
        M("4.5b", "num", "Hồ sơ sử dụng dữ liệu dân cư (VNeID, kho dữ liệu)", w => Conditions.All(Received(w), f => f.VneidVerified || f.TakenFromWallet)),
        M("4.5b", "den", "Hồ sơ tiếp nhận trong kỳ", Received),
        // 5.4: 100 % − (overdue rate + dislike rate) = dossiers neither late nor rated unsatisfied / dossiers handled;
        // a dossier both late and unsatisfied is subtracted once. "Dossiers with a PAKN" are not linked to dossiers: a PAKN
        // names at most a procedure (ADR 0010), so only the ratings count here.
        M("5.4", "num", "Hồ sơ đúng hạn và không bị đánh giá không hài lòng", w => Conditions.All(HandledInTime(w), NotDisliked)),
        M("5.4", "den", "Hồ sơ tiếp nhận hoặc xử lý trong kỳ", Handled),
    ];

    /// <summary>The dossier facts that make a procedure count for 3.2, 3.5a, 3.5b and 4.5a (counted per procedure code).</summary>
    public static IReadOnlyList<IFactMeasure> ProcedureFacts { get; } =
    [
        new FactMeasure(ProcedureFactKeys.OnlineDossier, "Hồ sơ trực tuyến tiếp nhận trong kỳ", w => Conditions.All(Received(w), f => f.Channel == 2)),
        new FactMeasure(ProcedureFactKeys.SyncedFee, "Hồ sơ có phí, lệ phí đã đồng bộ lên Cổng DVCQG", w => Conditions.All(Received(w), f => f.FeeBearing && f.SyncedToNationalPortal)),
        new FactMeasure(ProcedureFactKeys.PaidOnline, "Hồ sơ có giao dịch thanh toán trực tuyến", w => Conditions.All(Received(w), f => f.FeeBearing && f.OnlinePaymentPlatform != null)),
        new FactMeasure(ProcedureFactKeys.PopulationData, "Hồ sơ sử dụng dữ liệu dân cư", w => Conditions.All(Received(w), f => f.VneidVerified || f.TakenFromWallet)),
    ];

    public static IEnumerable<IFactMeasure> All => Indicators.Concat(ProcedureFacts);

    private static FactMeasure M(string id, string side, string label, Func<ReportWindow, Expression<Func<DossierFact, bool>>> predicate) =>
        new($"766.{id}.{side}", $"{label} (chỉ số {id}, QĐ 766)", predicate);
}
