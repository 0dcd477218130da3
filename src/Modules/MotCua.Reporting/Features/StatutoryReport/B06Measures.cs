using System.Linq.Expressions;
using Microsoft.Extensions.Localization;
using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>
/// The cells of Biểu số 06/VPCP/KSTT (DOMAIN B §4), each a named set of dossiers for a window, so that every figure of
/// the report opens the list behind it (<c>/bao-cao/ho-so?chiSo=…</c>) with the very predicate that counted it.
/// </summary>
/// <remarks>
/// <para>"Received" (nhận giải quyết) means accepted at a desk: submitted-only and refused dossiers never count
/// (B §2.4 codes 1 and 3). A dossier is "closed" on the local day it ended when it was resolved, withdrawn or stopped;
/// a dossier waiting for a supplement is still being handled, whatever its 766 end says (B §1.4 uses that end for
/// timeliness only).</para>
/// <para>Over one window every received dossier is exactly one of: closed before it (not in the report), resolved,
/// withdrawn, stopped, or still in progress at its end; and exactly one of: carried over, received online, received
/// directly or by post. So received = online + direct/postal + carried over = resolved + in progress + withdrawn +
/// stopped (B §4 invariants) holds by construction on consistent facts; the report checks it and shows a warning
/// where facts are inconsistent (a closed dossier without an end day, a resolved one without a judgement).</para>
/// <para>Withdrawn (code 7) and stopped (code 8) dossiers are shown in two local columns after the official ones
/// (B §4 allows optional local columns), so the invariant can be read off the printed form.</para>
/// </remarks>
internal abstract class B06Measure(string key, IStringLocalizer<StatutoryText> text) : IFactMeasure
{
    public const string Prefix = "b06.";

    public string Key { get; } = Prefix + key;

    public string Label => text["Measure." + key];

    public abstract Expression<Func<DossierFact, bool>> Predicate(ReportWindow w);
}

/// <summary>Tổng số hồ sơ nhận giải quyết: received in the window, or earlier and still open at its start.</summary>
internal sealed class B06Received(IStringLocalizer<StatutoryText> text) : B06Measure("received", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
        && f.ReceivedOn <= w.To
        && !((f.Outcome == FactOutcome.Resolved || f.Outcome == FactOutcome.Withdrawn || f.Outcome == FactOutcome.Stopped) && f.EndedOn < w.From);
}

/// <summary>Trong kỳ — trực tuyến: KenhThucHien = 2 (B §2.2).</summary>
internal sealed class B06ReceivedOnline(IStringLocalizer<StatutoryText> text) : B06Measure("received.online", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
        && f.ReceivedOn >= w.From && f.ReceivedOn <= w.To && f.Channel == 2;
}

/// <summary>Trong kỳ — trực tiếp, dịch vụ bưu chính: every other channel (1, 3, or unknown, as 766 3.3 counts it).</summary>
internal sealed class B06ReceivedDirect(IStringLocalizer<StatutoryText> text) : B06Measure("received.direct", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
        && f.ReceivedOn >= w.From && f.ReceivedOn <= w.To && f.Channel != 2;
}

/// <summary>Từ kỳ trước chuyển qua: received before the window and not closed before it started.</summary>
internal sealed class B06CarriedOver(IStringLocalizer<StatutoryText> text) : B06Measure("received.carried", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
        && f.ReceivedOn < w.From
        && !((f.Outcome == FactOutcome.Resolved || f.Outcome == FactOutcome.Withdrawn || f.Outcome == FactOutcome.Stopped) && f.EndedOn < w.From);
}

/// <summary>Số hồ sơ đã giải quyết: resolved (codes 9–10) on a day of the window.</summary>
internal sealed class B06Resolved(IStringLocalizer<StatutoryText> text) : B06Measure("resolved", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome == FactOutcome.Resolved && f.EndedOn >= w.From && f.EndedOn <= w.To;
}

/// <summary>Trước hạn (DOMAIN A3); a second supplement request makes a dossier late whatever its dates (B §1.4).</summary>
internal sealed class B06ResolvedEarly(IStringLocalizer<StatutoryText> text) : B06Measure("resolved.early", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome == FactOutcome.Resolved && f.EndedOn >= w.From && f.EndedOn <= w.To
        && !f.LateBySecondSupplement && f.Timeliness == Timeliness.Early;
}

internal sealed class B06ResolvedOnTime(IStringLocalizer<StatutoryText> text) : B06Measure("resolved.ontime", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome == FactOutcome.Resolved && f.EndedOn >= w.From && f.EndedOn <= w.To
        && !f.LateBySecondSupplement && f.Timeliness == Timeliness.OnTime;
}

internal sealed class B06ResolvedLate(IStringLocalizer<StatutoryText> text) : B06Measure("resolved.late", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome == FactOutcome.Resolved && f.EndedOn >= w.From && f.EndedOn <= w.To
        && (f.LateBySecondSupplement || f.Timeliness == Timeliness.Late);
}

/// <summary>Số hồ sơ đang giải quyết: received by the cut-off day and not closed by it.</summary>
internal sealed class B06InProgress(IStringLocalizer<StatutoryText> text) : B06Measure("pending", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
        && f.ReceivedOn <= w.To
        && !((f.Outcome == FactOutcome.Resolved || f.Outcome == FactOutcome.Withdrawn || f.Outcome == FactOutcome.Stopped) && f.EndedOn <= w.To);
}

/// <summary>
/// Đang giải quyết — trong hạn: the appointment is not passed at the window's end (or now, when earlier: DOMAIN A3
/// judges open dossiers "against now or the period end"); a dossier without an appointment cannot be overdue.
/// </summary>
internal sealed class B06InProgressWithinTime(IStringLocalizer<StatutoryText> text) : B06Measure("pending.within", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
        && f.ReceivedOn <= w.To
        && !((f.Outcome == FactOutcome.Resolved || f.Outcome == FactOutcome.Withdrawn || f.Outcome == FactOutcome.Stopped) && f.EndedOn <= w.To)
        && !f.LateBySecondSupplement && (f.DueAtUtc == null || f.DueAtUtc >= w.AsOfUtc);
}

internal sealed class B06InProgressOverdue(IStringLocalizer<StatutoryText> text) : B06Measure("pending.overdue", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome != FactOutcome.NotReceived && f.Outcome != FactOutcome.Refused
        && f.ReceivedOn <= w.To
        && !((f.Outcome == FactOutcome.Resolved || f.Outcome == FactOutcome.Withdrawn || f.Outcome == FactOutcome.Stopped) && f.EndedOn <= w.To)
        && (f.LateBySecondSupplement || f.DueAtUtc < w.AsOfUtc);
}

/// <summary>Local column (B §4): withdrawn at the applicant's request (code 7) on a day of the window.</summary>
internal sealed class B06Withdrawn(IStringLocalizer<StatutoryText> text) : B06Measure("withdrawn", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome == FactOutcome.Withdrawn && f.EndedOn >= w.From && f.EndedOn <= w.To;
}

/// <summary>Local column (B §4): processing stopped (code 8) on a day of the window.</summary>
internal sealed class B06Stopped(IStringLocalizer<StatutoryText> text) : B06Measure("stopped", text)
{
    public override Expression<Func<DossierFact, bool>> Predicate(ReportWindow w) => f =>
        f.ReceivedOn != null && f.Outcome == FactOutcome.Stopped && f.EndedOn >= w.From && f.EndedOn <= w.To;
}
