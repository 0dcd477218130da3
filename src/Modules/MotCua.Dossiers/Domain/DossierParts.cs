using MotCua.Kernel.Calendar;

namespace MotCua.Dossiers.Domain;

/// <summary>KenhThucHien (NĐ 61/2018 Đ16; national codes 1–3).</summary>
public enum DossierChannel
{
    Direct = 1,
    Online = 2,
    Postal = 3,
}

public enum ApplicantKind
{
    Person = 1,
    Organisation = 2,
}

/// <summary>How the result reached the applicant (NĐ 61/2018 Đ20).</summary>
public enum ReturnMethod
{
    AtDesk = 1,
    ByPost = 2,
    Electronic = 3,
}

public enum SupplementStage
{
    /// <summary>Before acceptance: no clock is running yet (NĐ 61/2018 Đ17.1a).</summary>
    Intake = 1,

    /// <summary>After acceptance: the clock restarts on complete re-submission (NĐ 61/2018 Đ19.4).</summary>
    Processing = 2,
}

/// <summary>Who the dossier is for: a person (CCCD) or an organisation (tax or enterprise code).</summary>
public sealed record Applicant(ApplicantKind Kind, string Name, string Identifier, string? Address, string? Phone, string? Email);

/// <summary>Người được ủy quyền, with the document that authorises them (form 01).</summary>
public sealed record Representative(string Name, string Identifier, string? Address, string? Phone, string? Email, string? AuthorisationDocument);

/// <summary>A digitized document: immutable once received (ARCHITECTURE: files are never overwritten).</summary>
public sealed record DigitizedFile(string Key, string Sha256, long Size, string ContentType, string FileName);

/// <summary>A thành phần hồ sơ as handed in: the catalog component, how many originals and copies, and its scan.</summary>
public sealed class SubmittedComponent
{
    private SubmittedComponent()
    {
    }

    public SubmittedComponent(int number, string name, int originals, int copies, DigitizedFile? file, Guid? walletDocumentId = null)
    {
        Number = number;
        Name = name;
        Originals = originals;
        Copies = copies;
        File = file;
        WalletDocumentId = walletDocumentId;
    }

    public int Number { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int Originals { get; private set; }

    public int Copies { get; private set; }

    public DigitizedFile? File { get; private set; }

    /// <summary>
    /// The document of the applicant's wallet this component reuses instead of a new upload (NĐ 45/2020 Đ13; 766
    /// indicators 4.3–4.4: components not re-submitted); null when the applicant handed it in.
    /// </summary>
    public Guid? WalletDocumentId { get; private set; }

    public bool ReusedFromWallet => WalletDocumentId is not null;

    /// <summary>A later scan replaces the file; <see cref="WalletDocumentId"/> keeps how the component was first submitted.</summary>
    internal void Replace(DigitizedFile file) => File = file;
}

/// <summary>One item of form 02 or form 03: which component, and the reason worded for the citizen.</summary>
public sealed record ReasonItem(int? ComponentNumber, string Reason);

/// <summary>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (form 02).</summary>
public sealed class SupplementRequest
{
    private SupplementRequest()
    {
    }

    internal SupplementRequest(int sequence, SupplementStage stage, DateTime requestedAtUtc, string requestedBy, IReadOnlyList<ReasonItem> items, string? contact)
    {
        Sequence = sequence;
        Stage = stage;
        RequestedAtUtc = requestedAtUtc;
        RequestedBy = requestedBy;
        Items = [.. items];
        Contact = contact;
    }

    public int Sequence { get; private set; }

    public SupplementStage Stage { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTime? CompletedAtUtc { get; private set; }

    public List<ReasonItem> Items { get; private set; } = [];

    /// <summary>Who the applicant can call for help (form 02).</summary>
    public string? Contact { get; private set; }

    internal void Complete(DateTime atUtc) => CompletedAtUtc = atUtc;
}

/// <summary>Waiting for the applicant's tax, fee or charge: the clock stops for the interval (DOMAIN A3).</summary>
public sealed class FinancialObligationPause
{
    private FinancialObligationPause()
    {
    }

    internal FinancialObligationPause(int sequence, DateTime startedAtUtc, string description, long? amountDong)
    {
        Sequence = sequence;
        StartedAtUtc = startedAtUtc;
        Description = description;
        AmountDong = amountDong;
    }

    public int Sequence { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public long? AmountDong { get; private set; }

    internal void End(DateTime atUtc) => EndedAtUtc = atUtc;
}

/// <summary>A step of the internal process as planned at transfer: who carries it and its budget (NĐ 61/2018 Đ7).</summary>
public sealed record StepPlan(string Name, string Role, Guid UnitId, string UnitPath, string UnitName, LegalDuration Budget);

/// <summary>
/// One hand-over of the dossier (a row of form 05): the step, the unit, who handled it, when it started, when it was
/// due by its own budget, when it finished and how that is judged.
/// </summary>
public sealed class ProcessingStep
{
    private ProcessingStep()
    {
    }

    internal ProcessingStep(int sequence, int planIndex, string name, string role, Guid? unitId, string unitPath, string unitName, bool atOtherAgency, DateTime startedAtUtc, DateTime dueAtUtc)
    {
        Sequence = sequence;
        PlanIndex = planIndex;
        Name = name;
        Role = role;
        UnitId = unitId;
        UnitPath = unitPath;
        UnitName = unitName;
        AtOtherAgency = atOtherAgency;
        StartedAtUtc = startedAtUtc;
        DueAtUtc = dueAtUtc;
    }

    public int Sequence { get; private set; }

    /// <summary>Index of the planned step this run carries out (the plan is fixed at transfer).</summary>
    public int PlanIndex { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Role { get; private set; } = string.Empty;

    public Guid? UnitId { get; private set; }

    public string UnitPath { get; private set; } = string.Empty;

    public string UnitName { get; private set; } = string.Empty;

    public bool AtOtherAgency { get; private set; }

    public string? Assignee { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime DueAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public Timeliness? Judgement { get; private set; }

    public string? Note { get; private set; }

    internal void Assign(string assignee) => Assignee = assignee;

    internal void MoveDue(DateTime dueAtUtc) => DueAtUtc = dueAtUtc;

    internal void Finish(DateTime atUtc, string? note)
    {
        FinishedAtUtc = atUtc;
        Judgement = LegalDeadline.Judge(Dossier.Instant(atUtc), Dossier.Instant(DueAtUtc));
        Note = note;
    }
}

/// <summary>Phiếu xin lỗi và hẹn lại ngày trả kết quả (form 04): one new date, kept apart from the legal due date.</summary>
public sealed record Apology(DateTime ApologizedAtUtc, DateTime NewAppointmentAtUtc, string Reason, string By);

/// <summary>The result: the document issued, its scan, and how it reached the applicant.</summary>
public sealed class DossierResult
{
    private DossierResult()
    {
    }

    internal DossierResult(string documentNumber, DigitizedFile? file, DateTime readyAtUtc)
    {
        DocumentNumber = documentNumber;
        File = file;
        ReadyAtUtc = readyAtUtc;
    }

    public string DocumentNumber { get; private set; } = string.Empty;

    public DigitizedFile? File { get; private set; }

    public DateTime ReadyAtUtc { get; private set; }

    public ReturnMethod? Method { get; private set; }

    public string? ReceivedBy { get; private set; }

    public DateTime? ReturnedAtUtc { get; private set; }

    internal void Hand(ReturnMethod method, string receivedBy, DateTime atUtc)
    {
        Method = method;
        ReceivedBy = receivedBy;
        ReturnedAtUtc = atUtc;
    }
}

/// <summary>A line of the dossier's history: every transition, with who, when, from where to where and why.</summary>
public sealed class HistoryEntry
{
    private HistoryEntry()
    {
    }

    internal HistoryEntry(int sequence, DateTime atUtc, string actor, DossierTrigger trigger, DossierState? from, DossierState to, string? reason)
    {
        Sequence = sequence;
        AtUtc = atUtc;
        Actor = actor;
        Trigger = trigger;
        From = from;
        To = to;
        Reason = reason;
    }

    public int Sequence { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public DossierTrigger Trigger { get; private set; }

    public DossierState? From { get; private set; }

    public DossierState To { get; private set; }

    public string? Reason { get; private set; }
}

/// <summary>The unit's working calendar and office hours, against which every legal time is counted.</summary>
public sealed record LegalTime(WorkingCalendar Calendar, OfficeHours Office);
