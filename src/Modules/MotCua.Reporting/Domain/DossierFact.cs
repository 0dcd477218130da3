using MotCua.Kernel.Calendar;

namespace MotCua.Reporting.Domain;

/// <summary>How a dossier's processing ended, for the statutory report and indicator 2.1 (DOMAIN B §1.4, §4).</summary>
public enum FactOutcome
{
    /// <summary>Submitted online and not yet received or refused: not counted as received anywhere.</summary>
    NotReceived = 0,

    /// <summary>Received and still being processed (including paused for supplement or a financial obligation).</summary>
    InProgress = 1,

    /// <summary>Processed (Đã xử lý xong) or result returned (Đã trả kết quả).</summary>
    Resolved = 2,

    /// <summary>Refused at intake (Không được tiếp nhận): never received.</summary>
    Refused = 3,

    /// <summary>Withdrawn at the applicant's request (Công dân yêu cầu rút).</summary>
    Withdrawn = 4,

    /// <summary>Processing stopped (Dừng xử lý).</summary>
    Stopped = 5,
}

/// <summary>
/// One dossier as the reports see it (the projection of ADR 0009): every fact the 766 index, the statutory report
/// (Biểu 06/VPCP/KSTT), the dashboards and the public statistics need, denormalised into one row so that a figure for
/// any unit, procedure, field, channel and period is one indexed aggregate. The row is rebuilt whole from the owning
/// modules' contracts each time one of them reports a change, so incremental projection and full rebuild give the
/// same row by construction.
/// </summary>
public sealed class DossierFact
{
    public Guid DossierId { get; set; }

    public string Code { get; set; } = string.Empty;

    /// <summary>Materialised path of the unit competent to resolve (the reports' "cơ quan giải quyết").</summary>
    public string ProcessingUnitPath { get; set; } = string.Empty;

    public Guid ProcessingUnitId { get; set; }

    /// <summary>Materialised path of the unit whose one-stop desk received the dossier.</summary>
    public string DeskUnitPath { get; set; } = string.Empty;

    public Guid ProcedureId { get; set; }

    public string ProcedureCode { get; set; } = string.Empty;

    /// <summary>Code of the procedure's field (lĩnh vực): the rows of Biểu 06.</summary>
    public string FieldCode { get; set; } = string.Empty;

    /// <summary>KenhThucHien: 1 direct, 2 online, 3 postal (DOMAIN B §2.2).</summary>
    public int Channel { get; set; }

    public FactOutcome Outcome { get; set; }

    /// <summary>TrangThaiHoSo code 1–10 (DOMAIN B §2.4).</summary>
    public int NationalStatus { get; set; }

    /// <summary>Local (Asia/Ho_Chi_Minh) day of submission.</summary>
    public DateOnly SubmittedOn { get; set; }

    public DateTime? ReceivedAtUtc { get; set; }

    /// <summary>Local day of receipt: the period a dossier is "received" in.</summary>
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>The current appointment (ngày hẹn trả), after pauses and an apology's new date.</summary>
    public DateTime? DueAtUtc { get; set; }

    /// <summary>End of processing by the 766 rule (B §1.4): first terminal status, or the open supplement request.</summary>
    public DateTime? EndedAtUtc { get; set; }

    /// <summary>Local day of <see cref="EndedAtUtc"/>: the period a dossier is "resolved" in.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>Judgement of an ended dossier against its appointment (B §1.4), null while open.</summary>
    public Timeliness? Timeliness { get; set; }

    /// <summary>More than one supplementation request: late whatever the dates say (B §1.4).</summary>
    public bool LateBySecondSupplement { get; set; }

    public int SupplementRequests { get; set; }

    /// <summary>
    /// When the dossier waits for the applicant's supplement: the request's time, which 766 takes as the end of
    /// processing while the applicant has not come back (B §1.4).
    /// </summary>
    public DateTime? AwaitingSupplementSinceUtc { get; set; }

    /// <summary>Working days of real processing, paused time excluded (public statistics' average), once ended.</summary>
    public double? ProcessingWorkingDays { get; set; }

    /// <summary>User name of the officer who handled the processing step (officer-level indicators).</summary>
    public string? HandlingOfficer { get; set; }

    /// <summary>The procedure version charges a non-zero fee (766 3.5/3.6 denominators).</summary>
    public bool FeeBearing { get; set; }

    /// <summary>DuocThanhToanTrucTuyen: 1 national payment platform, 2 ministry/province gateway, null not paid online.</summary>
    public int? OnlinePaymentPlatform { get; set; }

    /// <summary>The procedure's result is a paper document (766 4.1 denominator).</summary>
    public bool ResultIsDocument { get; set; }

    /// <summary>A result file is attached (766 4.1 numerator, 4.2 second half).</summary>
    public bool HasElectronicResult { get; set; }

    /// <summary>Every submitted component carries a digitised file (766 4.2 first half).</summary>
    public bool ComponentsDigitized { get; set; }

    /// <summary>At least one component reused digitised data (766 4.3).</summary>
    public bool ReusedDigitizedData { get; set; }

    /// <summary>At least one component came from the personal document wallet (766 4.4).</summary>
    public bool TakenFromWallet { get; set; }

    /// <summary>The applicant's account was verified with VNeID (766 4.5).</summary>
    public bool VneidVerified { get; set; }

    /// <summary>The dossier reached the national portal (766 1.4 numerator).</summary>
    public bool SyncedToNationalPortal { get; set; }

    /// <summary>Overall satisfaction (DOMAIN A8): 1 không hài lòng, 2 hài lòng, 3 rất hài lòng; null when not rated.</summary>
    public int? Satisfaction { get; set; }

    public bool IsDemo { get; set; }

    /// <summary>The dossier's version this row was built from (rows are always rebuilt from current state, so order does not matter).</summary>
    public int SourceVersion { get; set; }

    public DateTime ProjectedAtUtc { get; set; }
}
