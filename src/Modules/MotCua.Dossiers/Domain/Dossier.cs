using MotCua.Kernel.Calendar;
using MotCua.Kernel.Results;
using MotCua.Kernel.Text;

namespace MotCua.Dossiers.Domain;

/// <summary>Everything a dossier is created with; the procedure fields are those of the version in force at intake.</summary>
public sealed record DossierIntake(
    string Code,
    Guid DeskId,
    string DeskCode,
    string DeskName,
    string DeskUnitPath,
    Guid ProcessingUnitId,
    string ProcessingUnitPath,
    Guid ProcedureId,
    Guid ProcedureVersionId,
    int ProcedureVersionNumber,
    string ProcedureCode,
    string ProcedureName,
    DossierChannel Channel,
    LegalDuration TimeLimit,
    Applicant Applicant,
    Representative? Representative,
    string? RequestSummary,
    IReadOnlyList<SubmittedComponent> Components,
    IReadOnlyList<StepPlan> Plan,
    bool IsDemo = false,
    bool IdentityVerifiedWithVneid = false,
    string? ExternalSource = null,
    string? ExternalId = null);

/// <summary>
/// Hồ sơ TTHC: the one rich aggregate. Every change goes through <see cref="DossierLifecycle"/>, is appended to
/// <see cref="History"/> and bumps <see cref="Version"/>, the optimistic-concurrency token.
/// </summary>
public sealed class Dossier
{
    /// <summary>Dossiers received from this day on fall under NĐ 118/2025 (DOMAIN A1).</summary>
    public static readonly DateOnly Regime2025From = new(2025, 7, 1);

    private readonly List<SubmittedComponent> _components = [];
    private readonly List<SupplementRequest> _supplements = [];
    private readonly List<FinancialObligationPause> _pauses = [];
    private readonly List<ProcessingStep> _steps = [];
    private readonly List<HistoryEntry> _history = [];

    private Dossier()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Mã số hồ sơ: desk code, receipt date, daily number (TT 01/2018 Đ19; DOMAIN A5).</summary>
    public string Code { get; private set; } = string.Empty;

    public Guid DeskId { get; private set; }

    public string DeskCode { get; private set; } = string.Empty;

    public string DeskName { get; private set; } = string.Empty;

    /// <summary>Path of the unit whose desk received the dossier: desk officers of that unit act on it.</summary>
    public string DeskUnitPath { get; private set; } = string.Empty;

    public Guid ProcessingUnitId { get; private set; }

    /// <summary>Path of the implementing unit: its leaders approve (scope filters are SQL on these paths).</summary>
    public string ProcessingUnitPath { get; private set; } = string.Empty;

    public Guid ProcedureId { get; private set; }

    /// <summary>The procedure version in force at intake, never "the current" one.</summary>
    public Guid ProcedureVersionId { get; private set; }

    public int ProcedureVersionNumber { get; private set; }

    public string ProcedureCode { get; private set; } = string.Empty;

    public string ProcedureName { get; private set; } = string.Empty;

    /// <summary>"2018" (NĐ 61/2018, TT 01/2018) or "2025" (NĐ 118/2025, TT 03/2025), by the intake date (DOMAIN A1).</summary>
    public string Regime { get; private set; } = string.Empty;

    public DossierChannel Channel { get; private set; }

    public decimal TimeLimitAmount { get; private set; }

    public DurationUnit TimeLimitUnit { get; private set; }

    public LegalDuration TimeLimit => new(TimeLimitAmount, TimeLimitUnit);

    public Applicant Applicant { get; private set; } = null!;

    public Representative? Representative { get; private set; }

    /// <summary>The applicant's name folded for diacritic-insensitive search.</summary>
    public string ApplicantSearch { get; private set; } = string.Empty;

    /// <summary>Nội dung yêu cầu giải quyết (form 01).</summary>
    public string? RequestSummary { get; private set; }

    public IReadOnlyList<SubmittedComponent> Components => _components;

    public DossierState State { get; private set; }

    /// <summary>Stored beside <see cref="State"/> so that status filters are plain SQL.</summary>
    public NationalStatus Status { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>When the receipt was issued: the instant the legal clock counts from.</summary>
    public DateTime? ReceivedAtUtc { get; private set; }

    /// <summary>The legal due instant (ngày hẹn trả theo quy định), moved only by the law's rules.</summary>
    public DateTime? LegalDueAtUtc { get; private set; }

    public Apology? Apology { get; private set; }

    /// <summary>What the applicant is told: the apology's new date when there is one, else the legal due date.</summary>
    public DateTime? AppointmentAtUtc => Apology?.NewAppointmentAtUtc ?? LegalDueAtUtc;

    /// <summary>Inbox order: the appointment, or the submission instant while no clock runs yet.</summary>
    public DateTime InboxDueAtUtc { get; private set; }

    /// <summary>End of processing: result ready, stopped, or withdrawn after receipt (DOMAIN B §1.4).</summary>
    public DateTime? ProcessingEndedAtUtc { get; private set; }

    public Timeliness? Timeliness { get; private set; }

    /// <summary>A second supplement request during processing marks the dossier late (766 rule, DOMAIN B §1.4).</summary>
    public bool LateBySecondSupplement { get; private set; }

    public IReadOnlyList<ReasonItem> RefusalReasons { get; private set; } = [];

    public string? StopReason { get; private set; }

    public IReadOnlyList<SupplementRequest> Supplements => _supplements;

    public IReadOnlyList<FinancialObligationPause> Pauses => _pauses;

    public IReadOnlyList<StepPlan> Plan { get; private set; } = [];

    public IReadOnlyList<ProcessingStep> Steps => _steps;

    public string? CurrentStepUnitPath { get; private set; }

    public string? CurrentAssignee { get; private set; }

    public DossierResult? Result { get; private set; }

    public IReadOnlyList<HistoryEntry> History => _history;

    public int Version { get; private set; }

    public bool IsDemo { get; private set; }

    /// <summary>The submitter signed in with an account verified by VNeID (766 indicator 4.5, TaiKhoanDuocXacThucVoiVNeID).</summary>
    public bool IdentityVerifiedWithVneid { get; private set; }

    /// <summary>The system an online dossier came from (the citizen portal, the national portal), with its own identifier.</summary>
    public string? ExternalSource { get; private set; }

    /// <summary>The submission's identifier in <see cref="ExternalSource"/>: the same pair is the same dossier.</summary>
    public string? ExternalId { get; private set; }

    /// <summary>The latest hand-over; rows come back from the database in no particular order.</summary>
    public ProcessingStep? LastStep => _steps.MaxBy(s => s.Sequence);

    public ProcessingStep? CurrentStep => LastStep is { FinishedAtUtc: null } step ? step : null;

    public bool IsOnLastStep => CurrentStep is { AtOtherAgency: false } step && step.PlanIndex == Plan.Count - 1;

    public SupplementRequest? OpenSupplement => _supplements.Where(s => s.CompletedAtUtc is null).MaxBy(s => s.Sequence);

    public FinancialObligationPause? OpenPause => _pauses.Where(p => p.EndedAtUtc is null).MaxBy(p => p.Sequence);

    public static string RegimeOn(DateOnly day) => day < Regime2025From ? "2018" : "2025";

    internal static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static Result<Dossier> Receive(DossierTrigger how, DossierIntake intake, string actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(intake);
        if (DossierLifecycle.Find(null, how) is not { } transition)
        {
            return Error.Conflict("illegal-transition", $"\"{how.Label()}\" không tạo hồ sơ mới.");
        }

        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(),
            Code = intake.Code,
            DeskId = intake.DeskId,
            DeskCode = intake.DeskCode,
            DeskName = intake.DeskName,
            DeskUnitPath = intake.DeskUnitPath,
            ProcessingUnitId = intake.ProcessingUnitId,
            ProcessingUnitPath = intake.ProcessingUnitPath,
            ProcedureId = intake.ProcedureId,
            ProcedureVersionId = intake.ProcedureVersionId,
            ProcedureVersionNumber = intake.ProcedureVersionNumber,
            ProcedureCode = intake.ProcedureCode,
            ProcedureName = intake.ProcedureName,
            Regime = RegimeOn(VietnamTime.DateOf(Instant(nowUtc))),
            Channel = intake.Channel,
            TimeLimitAmount = intake.TimeLimit.Amount,
            TimeLimitUnit = intake.TimeLimit.Unit,
            Applicant = intake.Applicant,
            Representative = intake.Representative,
            ApplicantSearch = VietnameseText.Fold(intake.Applicant.Name),
            RequestSummary = intake.RequestSummary,
            SubmittedAtUtc = nowUtc,
            InboxDueAtUtc = nowUtc,
            IsDemo = intake.IsDemo,
            IdentityVerifiedWithVneid = intake.IdentityVerifiedWithVneid,
            ExternalSource = intake.ExternalSource,
            ExternalId = intake.ExternalId,
        };
        dossier._components.AddRange(intake.Components);
        dossier.Plan = [.. intake.Plan];
        dossier.Move(transition.Trigger, transition.To, actor, nowUtc, null);
        return dossier;
    }

    /// <summary>Complete at intake: the receipt (form 01) and the legal due date (DOMAIN A3, B §3.4).</summary>
    public Error? Accept(string actor, DateTime nowUtc, LegalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Fire(DossierTrigger.Accept, actor, nowUtc, null, () =>
        {
            ReceivedAtUtc = nowUtc;
            LegalDueAtUtc = Due(nowUtc, TimeLimit, time);
        });
    }

    /// <summary>
    /// Form 02. At intake no clock runs; during processing (NĐ 61/2018 Đ19.4) the current step ends and a second
    /// request marks the dossier late (DOMAIN B §1.4).
    /// </summary>
    public Error? RequestSupplement(string actor, DateTime nowUtc, IReadOnlyList<ReasonItem> items, string? contact)
    {
        var reasons = Reasons(items, "items", "Nêu ít nhất một nội dung cần bổ sung, hoàn thiện.");
        var stage = State == DossierState.Submitted ? SupplementStage.Intake : SupplementStage.Processing;
        return Fire(DossierTrigger.RequestSupplement, actor, nowUtc, Summary(items), () =>
        {
            if (stage == SupplementStage.Processing && _supplements.Any(s => s.Stage == SupplementStage.Processing))
            {
                LateBySecondSupplement = true;
            }

            _supplements.Add(new SupplementRequest(_supplements.Count + 1, stage, nowUtc, actor, items, contact?.Trim()));
            CurrentStep?.Finish(nowUtc, "Trả hồ sơ để yêu cầu bổ sung");
        }, reasons);
    }

    /// <summary>
    /// The applicant hands in what form 02 asked for, with new scans of the components concerned (the earlier scans
    /// stay in the file store, attached to the dossier); during processing the clock restarts from zero (NĐ 61/2018 Đ19.4).
    /// </summary>
    public Error? SupplySupplement(string actor, DateTime nowUtc, LegalTime time, string? note, IReadOnlyList<(int ComponentNumber, DigitizedFile File)>? files = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        var errors = new ValidationErrors();
        var supplied = files ?? [];
        for (var i = 0; i < supplied.Count; i++)
        {
            if (_components.All(c => c.Number != supplied[i].ComponentNumber))
            {
                errors.Add($"files[{i}].componentNumber", "Thành phần hồ sơ này không có trong hồ sơ.");
            }
        }

        return Fire(DossierTrigger.SupplySupplement, actor, nowUtc, note, () =>
        {
            foreach (var (number, file) in supplied)
            {
                _components.Single(c => c.Number == number).Replace(file);
            }

            var request = OpenSupplement!;
            request.Complete(nowUtc);
            if (request.Stage == SupplementStage.Processing)
            {
                LegalDueAtUtc = LegalDeadline.RestartAfterSupplement(Instant(nowUtc), TimeLimit, time.Calendar, time.Office).UtcDateTime;
                var resumeAt = LastStep?.PlanIndex ?? 0;
                StartStep(resumeAt, nowUtc, time);
            }
        }, errors.IsEmpty ? null : errors.ToError());
    }

    /// <summary>Form 03: refused at intake, with reasons tied to components and worded for the citizen.</summary>
    public Error? Refuse(string actor, DateTime nowUtc, IReadOnlyList<ReasonItem> reasons) =>
        Fire(DossierTrigger.Refuse, actor, nowUtc, Summary(reasons), () => RefusalReasons = [.. reasons],
            Reasons(reasons, "reasons", "Nêu ít nhất một lý do từ chối."));

    /// <summary>
    /// To the processing unit, which starts the first step of the internal process planned at intake from the
    /// procedure version then in force (NĐ 61/2018 Đ18).
    /// </summary>
    public Error? Transfer(string actor, DateTime nowUtc, LegalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var invalid = Plan.Count == 0 ? Error.Field("plan", "Quy trình xử lý phải có ít nhất một bước.") : null;
        return Fire(DossierTrigger.Transfer, actor, nowUtc, $"Chuyển {(Plan.Count > 0 ? Plan[0].UnitName : string.Empty)}", () => StartStep(0, nowUtc, time), invalid);
    }

    /// <summary>Gives the current step to an officer; the history names them by <paramref name="assigneeName"/> when known.</summary>
    public Error? AssignHandler(string actor, DateTime nowUtc, string assignee, string? assigneeName = null)
    {
        var invalid = string.IsNullOrWhiteSpace(assignee) ? Error.Field("assignee", "Chọn cán bộ được phân công xử lý.") : null;
        return Fire(DossierTrigger.AssignHandler, actor, nowUtc, $"Phân công: {assigneeName ?? assignee?.Trim()}", () =>
        {
            CurrentStep!.Assign(assignee!.Trim());
            CurrentAssignee = assignee.Trim();
        }, invalid);
    }

    public Error? CompleteStep(string actor, DateTime nowUtc, string? note, LegalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Fire(DossierTrigger.CompleteStep, actor, nowUtc, note, () =>
        {
            var step = CurrentStep!;
            step.Finish(nowUtc, note);
            StartStep(step.PlanIndex + 1, nowUtc, time);
        });
    }

    /// <summary>Back to an earlier step of the plan, with the reason (a new row of form 05, with a fresh budget).</summary>
    public Error? ReturnToStep(string actor, DateTime nowUtc, int planIndex, string reason, LegalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var errors = new ValidationErrors();
        errors.Required("reason", reason, "Lý do trả lại", 2000);
        var lastAllowed = State == DossierState.AwaitingApproval ? Plan.Count - 1 : (CurrentStep?.PlanIndex ?? 0) - 1;
        if (planIndex < 0 || planIndex > lastAllowed)
        {
            errors.Add("planIndex", "Chỉ được trả lại một bước trước bước hiện tại của quy trình.");
        }

        return Fire(DossierTrigger.ReturnToStep, actor, nowUtc, reason, () =>
        {
            CurrentStep?.Finish(nowUtc, "Trả lại: " + reason.Trim());
            StartStep(planIndex, nowUtc, time);
        }, errors.IsEmpty ? null : errors.ToError());
    }

    public Error? SubmitForApproval(string actor, DateTime nowUtc, string? note) =>
        Fire(DossierTrigger.SubmitForApproval, actor, nowUtc, note, () =>
        {
            CurrentStep!.Finish(nowUtc, note);
            CurrentStepUnitPath = ProcessingUnitPath;
            CurrentAssignee = null;
        });

    public Error? Approve(string actor, DateTime nowUtc, string? note) =>
        Fire(DossierTrigger.Approve, actor, nowUtc, note, () => { });

    /// <summary>An inter-agency step at another agency, judged against its own budget (NĐ 61/2018 Đ19.6–7; form 05).</summary>
    public Error? SendToOtherAgency(string actor, DateTime nowUtc, string agencyName, string task, LegalDuration budget, LegalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var errors = new ValidationErrors();
        errors.Required("agencyName", agencyName, "Cơ quan phối hợp", 256);
        errors.Required("task", task, "Nội dung đề nghị phối hợp", 2000);
        if (budget.Amount <= 0)
        {
            errors.Add("budget", "Thời hạn của cơ quan phối hợp phải lớn hơn 0.");
        }

        return Fire(DossierTrigger.SendToOtherAgency, actor, nowUtc, $"{agencyName?.Trim()}: {task?.Trim()}", () =>
        {
            var planIndex = CurrentStep?.PlanIndex ?? 0;
            CurrentStep?.Finish(nowUtc, "Chuyển liên thông");
            var start = Instant(nowUtc);
            // The sending unit and its officer keep following the dossier while it is away (NĐ 61/2018 Đ19.5).
            _steps.Add(new ProcessingStep(_steps.Count + 1, planIndex, "Liên thông: " + task!.Trim(), string.Empty, null,
                string.Empty, agencyName!.Trim(), atOtherAgency: true, nowUtc, StepDue(start, budget, time).UtcDateTime));
        }, errors.IsEmpty ? null : errors.ToError());
    }

    public Error? ReceiveFromOtherAgency(string actor, DateTime nowUtc, string? note, LegalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Fire(DossierTrigger.ReceiveFromOtherAgency, actor, nowUtc, note, () =>
        {
            var step = CurrentStep!;
            var handler = CurrentAssignee;
            step.Finish(nowUtc, note);
            StartStep(step.PlanIndex, nowUtc, time);
            if (handler is not null)
            {
                CurrentStep!.Assign(handler);
                CurrentAssignee = handler;
            }
        });
    }

    /// <summary>Status 6: the clock pauses until the applicant has paid (DOMAIN A3).</summary>
    public Error? RequestFinancialObligation(string actor, DateTime nowUtc, string description, long? amountDong)
    {
        var errors = new ValidationErrors();
        errors.Required("description", description, "Nội dung nghĩa vụ tài chính", 1000);
        if (amountDong is < 0)
        {
            errors.Add("amountDong", "Số tiền không được âm.");
        }

        return Fire(DossierTrigger.RequestFinancialObligation, actor, nowUtc, description, () =>
            _pauses.Add(new FinancialObligationPause(_pauses.Count + 1, nowUtc, description.Trim(), amountDong)),
            errors.IsEmpty ? null : errors.ToError());
    }

    /// <summary>The pause ends: the legal and step due dates move by the paused time (DOMAIN A3).</summary>
    public Error? ConfirmPayment(string actor, DateTime nowUtc, string? note, LegalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Fire(DossierTrigger.ConfirmPayment, actor, nowUtc, note, () =>
        {
            var pause = OpenPause!;
            pause.End(nowUtc);
            var from = Instant(pause.StartedAtUtc);
            var to = Instant(nowUtc);
            LegalDueAtUtc = LegalDeadline.Resume(Instant(LegalDueAtUtc!.Value), from, to, TimeLimitUnit, time.Calendar, time.Office).UtcDateTime;
            if (CurrentStep is { } step)
            {
                step.MoveDue(LegalDeadline.Resume(Instant(step.DueAtUtc), from, to, DurationUnit.WorkingHours, time.Calendar, time.Office).UtcDateTime);
            }
        });
    }

    /// <summary>Dừng xử lý: refused after appraisal, with a written reason (NĐ 61/2018 Đ19.8).</summary>
    public Error? Stop(string actor, DateTime nowUtc, string reason)
    {
        var errors = new ValidationErrors();
        errors.Required("reason", reason, "Lý do dừng xử lý", 2000);
        return Fire(DossierTrigger.Stop, actor, nowUtc, reason, () =>
        {
            StopReason = reason.Trim();
            OpenPause?.End(nowUtc);
            CurrentStep?.Finish(nowUtc, "Dừng xử lý");
            EndProcessing(nowUtc);
        }, errors.IsEmpty ? null : errors.ToError());
    }

    /// <summary>Status 9: the signed result is at the desk; processing ends here for the indicators.</summary>
    public Error? MarkResultReady(string actor, DateTime nowUtc, string documentNumber, DigitizedFile? file)
    {
        var errors = new ValidationErrors();
        errors.Required("documentNumber", documentNumber, "Số, ký hiệu văn bản kết quả", 128);
        return Fire(DossierTrigger.MarkResultReady, actor, nowUtc, documentNumber, () =>
        {
            Result = new DossierResult(documentNumber.Trim(), file, nowUtc);
            EndProcessing(nowUtc);
        }, errors.IsEmpty ? null : errors.ToError());
    }

    /// <summary>NĐ 61/2018 Đ20: who received the result, how and when (never in the future).</summary>
    public Error? ReturnResult(string actor, DateTime nowUtc, ReturnMethod method, string receivedBy, DateTime returnedAtUtc)
    {
        var errors = new ValidationErrors();
        errors.Required("receivedBy", receivedBy, "Người nhận kết quả", 256);
        if (!Enum.IsDefined(method))
        {
            errors.Add("method", "Chọn hình thức trả kết quả.");
        }

        if (returnedAtUtc > nowUtc)
        {
            errors.Add("returnedAt", "Thời điểm trả kết quả không được ở tương lai.");
        }
        else if (Result is { } ready && returnedAtUtc < ready.ReadyAtUtc)
        {
            errors.Add("returnedAt", "Thời điểm trả kết quả không được trước khi có kết quả.");
        }

        return Fire(DossierTrigger.ReturnResult, actor, nowUtc, $"{receivedBy?.Trim()} ({method})", () =>
            Result!.Hand(method, receivedBy!.Trim(), returnedAtUtc), errors.IsEmpty ? null : errors.ToError());
    }

    /// <summary>The applicant withdraws; for a received dossier this ends processing (DOMAIN B §1.4).</summary>
    public Error? Withdraw(string actor, DateTime nowUtc, string reason)
    {
        var errors = new ValidationErrors();
        errors.Required("reason", reason, "Lý do rút hồ sơ", 2000);
        return Fire(DossierTrigger.Withdraw, actor, nowUtc, reason, () =>
        {
            OpenPause?.End(nowUtc);
            CurrentStep?.Finish(nowUtc, "Công dân rút hồ sơ");
            if (ReceivedAtUtc is not null)
            {
                EndProcessing(nowUtc);
            }
        }, errors.IsEmpty ? null : errors.ToError());
    }

    /// <summary>
    /// Form 04 (NĐ 61/2018 Đ19.9): one new appointment date, which the applicant sees; the dossier stays judged
    /// against its legal due date (DOMAIN A3).
    /// </summary>
    public Error? Apologize(string actor, DateTime nowUtc, DateOnly newDate, string reason, LegalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var errors = new ValidationErrors();
        errors.Required("reason", reason, "Lý do chậm trả kết quả", 2000);
        var today = VietnamTime.DateOf(Instant(nowUtc));
        if (LegalDueAtUtc is { } due && newDate <= VietnamTime.DateOf(Instant(due)))
        {
            errors.Add("newDate", "Ngày hẹn mới phải sau ngày hẹn trả theo quy định.");
        }
        else if (newDate < today)
        {
            errors.Add("newDate", "Ngày hẹn mới không được ở quá khứ.");
        }
        else if (!time.Calendar.IsWorkingDay(newDate))
        {
            errors.Add("newDate", "Ngày hẹn mới phải là ngày làm việc.");
        }

        return Fire(DossierTrigger.Apologize, actor, nowUtc, reason, () =>
        {
            Apology = new Apology(nowUtc, VietnamTime.At(newDate, time.Office.AfternoonEnd).UtcDateTime, reason.Trim(), actor);
        }, errors.IsEmpty ? null : errors.ToError());
    }

    /// <summary>In progress: is the legal due instant behind us (DOMAIN A3)?</summary>
    public bool IsOverdue(DateTime nowUtc) => ProcessingEndedAtUtc is null && LegalDueAtUtc is { } due && nowUtc > due;

    /// <summary>The due instant of a step budget counted in working time from the step's start (DOMAIN A3).</summary>
    public static DateTimeOffset StepDue(DateTimeOffset start, LegalDuration budget, LegalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return LegalDeadline.StepDue(start, budget, time.Calendar, time.Office);
    }

    private static DateTime Due(DateTime fromUtc, LegalDuration limit, LegalTime time) =>
        LegalDeadline.Due(Instant(fromUtc), limit, time.Calendar, time.Office).UtcDateTime;

    private static Error? Reasons(IReadOnlyList<ReasonItem>? items, string field, string emptyMessage)
    {
        var errors = new ValidationErrors();
        if (items is null || items.Count == 0)
        {
            errors.Add(field, emptyMessage);
            return errors.ToError();
        }

        for (var i = 0; i < items.Count; i++)
        {
            errors.Required($"{field}[{i}].reason", items[i].Reason, "Lý do", 1000);
            if (items[i].ComponentNumber is < 1)
            {
                errors.Add($"{field}[{i}].componentNumber", "Thành phần hồ sơ không hợp lệ.");
            }
        }

        return errors.IsEmpty ? null : errors.ToError();
    }

    private static string? Summary(IReadOnlyList<ReasonItem>? items) =>
        items is null ? null : string.Join("; ", items.Select(i => i.Reason?.Trim()));

    private void StartStep(int planIndex, DateTime nowUtc, LegalTime time)
    {
        var plan = Plan[planIndex];
        var due = StepDue(Instant(nowUtc), plan.Budget, time).UtcDateTime;
        _steps.Add(new ProcessingStep(_steps.Count + 1, planIndex, plan.Name, plan.Role, plan.UnitId, plan.UnitPath, plan.UnitName, atOtherAgency: false, nowUtc, due));
        CurrentStepUnitPath = plan.UnitPath;
        CurrentAssignee = null;
    }

    private void EndProcessing(DateTime nowUtc)
    {
        ProcessingEndedAtUtc = nowUtc;
        CurrentStepUnitPath = null;
        CurrentAssignee = null;
        if (LegalDueAtUtc is { } due)
        {
            Timeliness = LateBySecondSupplement ? Kernel.Calendar.Timeliness.Late : LegalDeadline.Judge(Instant(nowUtc), Instant(due));
        }
    }

    /// <summary>The table decides first (409 with its reason), then the arguments (400), and only then anything changes.</summary>
    private Error? Fire(DossierTrigger trigger, string actor, DateTime nowUtc, string? reason, Action apply, Error? invalid = null)
    {
        var next = DossierLifecycle.Next(this, trigger);
        if (!next.IsSuccess)
        {
            return next.Error;
        }

        if (invalid is not null)
        {
            return invalid;
        }

        apply();
        Move(trigger, next.Value, actor, nowUtc, reason);
        return null;
    }

    private void Move(DossierTrigger trigger, DossierState to, string actor, DateTime nowUtc, string? reason)
    {
        var from = _history.Count == 0 ? (DossierState?)null : State;
        State = to;
        Status = to.National();
        InboxDueAtUtc = AppointmentAtUtc ?? SubmittedAtUtc;
        Version++;
        _history.Add(new HistoryEntry(_history.Count + 1, nowUtc, actor, trigger, from, to, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
    }
}
