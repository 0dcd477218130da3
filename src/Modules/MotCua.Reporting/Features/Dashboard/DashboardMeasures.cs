using System.Linq.Expressions;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.Dashboard;

/// <summary>
/// "Due within one working day": the appointment falls before the end of the next working day after the local day of
/// the instant (DOMAIN A3, A4: working days come from the working calendar only). On a Friday that is the end of
/// Monday, or of Tuesday when Monday is a holiday; a dossier due later today is of course included.
/// </summary>
public static class DueSoon
{
    public static DateTime HorizonUtc(WorkingCalendar calendar, DateTime asOfUtc)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var nextWorkingDay = calendar.NextWorkingDay(ReportWindows.LocalDay(asOfUtc));
        return ReportWindows.StartOfDayUtc(nextWorkingDay.AddDays(1));
    }
}

/// <summary>
/// The dashboard's figures (issue 5 §4), each a measure so that its drill-down lists exactly what it counts. "Open at
/// the end" follows B §1.4: a dossier with no terminal status takes the period's end (or now) as its end.
/// </summary>
internal static class DashboardMeasures
{
    /// <summary>766 indicator 2.1, denominator: received dossiers whose processing ended in the period, and those still open at its end.</summary>
    public static readonly IFactMeasure Judged = new FactMeasure(
        "tong-quan.dung-han.mau", "Hồ sơ giải quyết trong kỳ và đang giải quyết cuối kỳ (chỉ số 2.1)",
        w => f => f.ReceivedAtUtc != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
            && ((f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.AsOfUtc) || (f.ReceivedAtUtc < w.AsOfUtc && (f.EndedAtUtc == null || f.EndedAtUtc >= w.AsOfUtc))));

    /// <summary>
    /// 766 indicator 2.1, numerator (B §1.4): ended on time or early, plus still open and not yet past the appointment;
    /// more than one supplementation request is late whatever the dates say.
    /// </summary>
    public static readonly IFactMeasure OnTime = new FactMeasure(
        "tong-quan.dung-han", "Hồ sơ giải quyết đúng hạn, trước hạn và đang giải quyết trong hạn (chỉ số 2.1)",
        w => f => f.ReceivedAtUtc != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused && !f.LateBySecondSupplement
            && ((f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.AsOfUtc && f.Timeliness != Timeliness.Late)
                || (f.ReceivedAtUtc < w.AsOfUtc && (f.EndedAtUtc == null || f.EndedAtUtc >= w.AsOfUtc) && (f.DueAtUtc == null || f.DueAtUtc >= w.AsOfUtc))));

    /// <summary>The complement of <see cref="OnTime"/> in <see cref="Judged"/>: ended late, or open past the appointment.</summary>
    public static readonly IFactMeasure Late = new FactMeasure(
        "tong-quan.tre-han", "Hồ sơ giải quyết trễ hạn và đang giải quyết quá hạn",
        w => f => f.ReceivedAtUtc != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
            && ((f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.AsOfUtc && (f.Timeliness == Timeliness.Late || f.LateBySecondSupplement))
                || (f.ReceivedAtUtc < w.AsOfUtc && (f.EndedAtUtc == null || f.EndedAtUtc >= w.AsOfUtc) && (f.DueAtUtc < w.AsOfUtc || f.LateBySecondSupplement))));

    /// <summary>766 indicator 3.3 (online share), without the sync factor: KenhThucHien = 2 among those received.</summary>
    public static readonly IFactMeasure ReceivedOnline = new FactMeasure(
        "tong-quan.truc-tuyen", "Hồ sơ tiếp nhận trực tuyến trong kỳ",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.Channel == 2);

    /// <summary>766 indicator 3.6, denominator: received dossiers of fee-bearing procedures.</summary>
    public static readonly IFactMeasure FeeBearing = new FactMeasure(
        "tong-quan.co-phi", "Hồ sơ có phí, lệ phí tiếp nhận trong kỳ",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.FeeBearing);

    /// <summary>766 indicator 3.6, numerator: paid on the national platform (1) or a ministry or province gateway (2).</summary>
    public static readonly IFactMeasure PaidOnline = new FactMeasure(
        "tong-quan.thanh-toan-truc-tuyen", "Hồ sơ có phí thanh toán trực tuyến",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.FeeBearing && (f.OnlinePaymentPlatform == 1 || f.OnlinePaymentPlatform == 2));

    /// <summary>766 indicator 4.2: every component digitised and an electronic result attached.</summary>
    public static readonly IFactMeasure Digitized = new FactMeasure(
        "tong-quan.so-hoa", "Hồ sơ được số hóa thành phần và kết quả (chỉ số 4.2)",
        w => f => f.ReceivedAtUtc >= w.StartUtc && f.ReceivedAtUtc < w.EndUtc && f.ComponentsDigitized && f.HasElectronicResult);

    /// <summary>Ratings (DOMAIN A8) of dossiers whose processing ended in the period.</summary>
    public static readonly IFactMeasure Rated = new FactMeasure(
        "tong-quan.danh-gia", "Hồ sơ được đánh giá, kết thúc trong kỳ",
        w => f => f.Satisfaction != null && f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc);

    /// <summary>Hài lòng or rất hài lòng (A8: 2, 3) among <see cref="Rated"/>.</summary>
    public static readonly IFactMeasure Satisfied = new FactMeasure(
        "tong-quan.hai-long", "Hồ sơ được đánh giá hài lòng, rất hài lòng",
        w => f => f.Satisfaction >= 2 && f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc);

    public static IReadOnlyList<IFactMeasure> All { get; } = [Judged, OnTime, Late, ReceivedOnline, FeeBearing, PaidOnline, Digitized, Rated, Satisfied];
}

/// <summary>
/// Open dossiers whose appointment falls within one working day of the window's end (<see cref="DueSoon"/>). The
/// calendar is the administrators' (IWorkingCalendarSource), never a local rule.
/// </summary>
internal sealed class DueSoonMeasure(IWorkingCalendarSource calendars) : IFactMeasure
{
    public const string MeasureKey = "ho-so.sap-den-han";

    public string Key => MeasureKey;

    public string Label => "Hồ sơ đang giải quyết đến hạn trong một ngày làm việc";

    public Expression<Func<DossierFact, bool>> Predicate(ReportWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);

        // Measures are synchronous by contract; the calendar source builds once and then hands back its cached task.
        var calendar = calendars.GetAsync(CancellationToken.None).GetAwaiter().GetResult();
        var asOf = window.AsOfUtc;
        var horizon = DueSoon.HorizonUtc(calendar, asOf);
        return f => f.ReceivedAtUtc < asOf && (f.EndedAtUtc == null || f.EndedAtUtc >= asOf)
            && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
            && f.DueAtUtc >= asOf && f.DueAtUtc < horizon;
    }
}
