using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Benchmarks.Reporting;

/// <summary>
/// The dossier-level measures of the 766 index and the columns of Biểu 06, as the benchmarks count them. The module's
/// own index and Biểu 06 measures were not on main when these benchmarks were written, so these mirror DOMAIN B §1.3
/// (1.4, 2.1, 3.3, 3.6, 4.2–4.5, 5.4) and B §4 with the same shape (<see cref="FactMeasure"/> predicates over the
/// projection); each has its hand-written SQL twin in <c>RawSql</c>.
/// </summary>
internal static class BenchMeasures
{
    private static readonly IFactMeasure Received = BaseMeasures.Received;

    /// <summary>Dossiers received, or still being processed, at some point of the period (2.1 denominator, B §1.4).</summary>
    private static readonly IFactMeasure Active = new FactMeasure("766.2.1.den", "Hồ sơ tiếp nhận hoặc xử lý trong kỳ",
        w => f => f.ReceivedAtUtc < w.EndUtc && (f.EndedAtUtc == null || f.EndedAtUtc >= w.StartUtc)
            && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused);

    /// <summary>2.1 numerator: ended in the period before or on the appointment, or still open and within it at the end.</summary>
    private static readonly IFactMeasure OnTimeOrWithin = new FactMeasure("766.2.1.num", "Hồ sơ giải quyết trước hạn, đúng hạn hoặc đang trong hạn",
        w => f => f.ReceivedAtUtc < w.EndUtc && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
            && !f.LateBySecondSupplement
            && ((f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc && (f.Timeliness == Timeliness.Early || f.Timeliness == Timeliness.OnTime))
                || ((f.EndedAtUtc == null || f.EndedAtUtc >= w.AsOfUtc) && (f.DueAtUtc == null || f.DueAtUtc >= w.AsOfUtc))));

    private static readonly IFactMeasure Synced = new FactMeasure("766.1.4.num", "Hồ sơ tiếp nhận đã đồng bộ lên Cổng DVCQG",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.SyncedToNationalPortal);

    private static readonly IFactMeasure OnlineWithResult = new FactMeasure("766.3.3.num", "Hồ sơ trực tuyến (có kết quả điện tử khi kết quả là giấy tờ)",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.Channel == 2 && (!f.ResultIsDocument || f.HasElectronicResult));

    private static readonly IFactMeasure FeeBearing = new FactMeasure("766.3.6.den", "Hồ sơ của TTHC có phí, lệ phí",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.FeeBearing);

    private static readonly IFactMeasure PaidOnline = new FactMeasure("766.3.6.num", "Hồ sơ thanh toán trực tuyến",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.FeeBearing && f.SyncedToNationalPortal
            && (f.OnlinePaymentPlatform == 1 || f.OnlinePaymentPlatform == 2));

    private static readonly IFactMeasure Digitised = new FactMeasure("766.4.2.num", "Hồ sơ số hóa thành phần và kết quả",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.ComponentsDigitized && f.HasElectronicResult);

    private static readonly IFactMeasure Reused = new FactMeasure("766.4.3.num", "Hồ sơ sử dụng lại dữ liệu số hóa",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.ReusedDigitizedData);

    private static readonly IFactMeasure FromWallet = new FactMeasure("766.4.4.num", "Hồ sơ lấy từ kho dữ liệu cá nhân",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.TakenFromWallet);

    private static readonly IFactMeasure Population = new FactMeasure("766.4.5b.num", "Hồ sơ sử dụng dữ liệu dân cư",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && (f.VneidVerified || f.TakenFromWallet));

    private static readonly IFactMeasure Disliked = new FactMeasure("766.5.4.dislike", "Hồ sơ bị đánh giá không hài lòng",
        w => f => f.Outcome == FactOutcome.Resolved && f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc && f.Satisfaction == 1);

    public static IReadOnlyList<IFactMeasure> Index { get; } =
    [
        Received, Active, OnTimeOrWithin, Synced, OnlineWithResult, FeeBearing, PaidOnline, Digitised, Reused, FromWallet,
        Population, Disliked, BaseMeasures.Resolved, BaseMeasures.Overdue,
    ];

    public static IReadOnlyList<IFactMeasure> Report06 { get; } =
    [
        Received,
        new FactMeasure("b06.received.online", "Nhận trực tuyến",
            w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.Channel == 2),
        new FactMeasure("b06.received.direct", "Nhận trực tiếp, dịch vụ bưu chính",
            w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.Channel != 2),
        new FactMeasure("b06.received.carried", "Từ kỳ trước chuyển qua",
            w => f => f.ReceivedAtUtc < w.StartUtc && (f.EndedAtUtc == null || f.EndedAtUtc >= w.StartUtc)
                && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused),
        BaseMeasures.Resolved,
        new FactMeasure("b06.resolved.early", "Giải quyết trước hạn",
            w => f => f.Outcome == FactOutcome.Resolved && f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc
                && f.Timeliness == Timeliness.Early && !f.LateBySecondSupplement),
        new FactMeasure("b06.resolved.ontime", "Giải quyết đúng hạn",
            w => f => f.Outcome == FactOutcome.Resolved && f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc
                && f.Timeliness == Timeliness.OnTime && !f.LateBySecondSupplement),
        new FactMeasure("b06.resolved.late", "Giải quyết quá hạn",
            w => f => f.Outcome == FactOutcome.Resolved && f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc
                && (f.Timeliness == Timeliness.Late || f.LateBySecondSupplement)),
        BaseMeasures.InProgress,
        new FactMeasure("b06.inprogress.within", "Đang giải quyết trong hạn",
            w => f => f.ReceivedAtUtc < w.AsOfUtc && (f.EndedAtUtc == null || f.EndedAtUtc >= w.AsOfUtc)
                && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused && !(f.DueAtUtc < w.AsOfUtc)),
        BaseMeasures.Overdue,
        new FactMeasure("b06.withdrawn", "Rút hoặc dừng xử lý",
            w => f => (f.Outcome == FactOutcome.Withdrawn || f.Outcome == FactOutcome.Stopped) && f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc),
    ];
}
