using MotCua.Kernel.Calendar;
using MotCua.Kernel.Results;

namespace MotCua.Engagement.Features.Feedback;

/// <summary>Who sent the PAKN: NĐ 20/2008 Đ6 asks for name, address and phone; e-mail and CCCD are optional.</summary>
public sealed record Petitioner(string Name, string Phone, string Address, string? Email, string? IdentityNumber);

/// <summary>The unit a PAKN is handled by; the path lets reports take a subtree.</summary>
internal sealed record HandlingUnit(Guid Id, string Path, string Name);

/// <summary>
/// A phản ánh, kiến nghị (NĐ 20/2008; DOMAIN B §6.3): who sent it and how, what it is about, where it is in the DVCQG
/// workflow, and the dates that judge it afterwards for QĐ 766 indicators 5.1–5.3 (DOMAIN B §1.3): its due dates,
/// when it was handled and whether that was late, when it was published, likes and dislikes of the published answer,
/// and whether the petitioner raised it again.
/// </summary>
internal sealed class FeedbackCase
{
    public const int SubjectMaxLength = 300;
    public const int ContentMaxLength = 4000;
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    private FeedbackCase()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Mã PAKN, given at submission: "PAKN-yyMMdd-XXXXXX".</summary>
    /// <summary>The column's length: longer input cannot be a code.</summary>
    public const int MaxCodeLength = 32;

    public string Code { get; private set; } = string.Empty;

    public Guid UnitId { get; private set; }

    public string UnitPath { get; private set; } = string.Empty;

    public string UnitName { get; private set; } = string.Empty;

    public string? ProcedureCode { get; private set; }

    public FeedbackChannel Channel { get; private set; }

    public string PetitionerName { get; private set; } = string.Empty;

    public string PetitionerPhone { get; private set; } = string.Empty;

    public string PetitionerAddress { get; private set; } = string.Empty;

    public string? PetitionerEmail { get; private set; }

    public string? PetitionerIdentityNumber { get; private set; }

    /// <summary>The citizen account (CCCD claim) when submitted signed in; "follow my PAKN" lists by it.</summary>
    public string? CitizenId { get; private set; }

    public string Subject { get; private set; } = string.Empty;

    public string Content { get; private set; } = string.Empty;

    public FeedbackClassification Classification { get; private set; }

    public FeedbackState State { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>Local day of submission: "first received in the period" (indicator 5.3) is judged on it.</summary>
    public DateOnly SubmittedOn { get; private set; }

    /// <summary>Day the time limits count from: submission or the latest transfer (DOMAIN B §6.3).</summary>
    public DateOnly CountFrom { get; private set; }

    public DateOnly RefuseDueOn { get; private set; }

    public DateOnly SupplementRequestDueOn { get; private set; }

    public DateOnly ResultDueOn { get; private set; }

    public DateTime? ReceivedAtUtc { get; private set; }

    public DateOnly? FirstSupplementRequestedOn { get; private set; }

    public string? SupplementRequest { get; private set; }

    /// <summary>Instant and local day the handling ended: result recorded, refused or returned.</summary>
    public DateTime? HandledAtUtc { get; private set; }

    public DateOnly? HandledOn { get; private set; }

    /// <summary>Decided when handled: the ending step came after its due date, or the first supplement request did.</summary>
    public bool HandledLate { get; private set; }

    public string? Result { get; private set; }

    /// <summary>Why it was refused, returned or last transferred.</summary>
    public string? Reason { get; private set; }

    public DateOnly? PublishDueOn { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public int Transfers { get; private set; }

    /// <summary>The earlier PAKN of the same petitioner this one raises again.</summary>
    public Guid? ReRaisesId { get; private set; }

    /// <summary>A later PAKN of the same petitioner raised this one again (indicator 5.3 removes it).</summary>
    public bool ReRaised { get; private set; }

    public int Likes { get; private set; }

    public int Dislikes { get; private set; }

    public int Version { get; private set; }

    public bool PublishedLate => PublishedOn is { } on && PublishDueOn is { } due && !FeedbackDeadlines.OnTime(on, due);

    /// <summary>Indicator 5.3: more dislikes than likes on the published answer.</summary>
    public bool RatedUnsatisfied => Dislikes > Likes;

    public static Result<FeedbackCase> Submit(
        string code, HandlingUnit? unit, string? procedureCode, FeedbackChannel channel, Petitioner petitioner, string? citizenId,
        string? subject, string? content, FeedbackCase? reRaises, DateTime nowUtc, WorkingCalendar calendar, ValidationErrors? errors = null)
    {
        ArgumentNullException.ThrowIfNull(petitioner);
        ArgumentNullException.ThrowIfNull(calendar);

        // What the caller found wrong (an unknown unit or earlier code) is shown together with the form's own errors.
        errors ??= new ValidationErrors();
        if (unit is null)
        {
            errors.Add("unitId", "Chọn cơ quan, đơn vị tiếp nhận phản ánh, kiến nghị.");
        }

        errors.Required("petitionerName", petitioner.Name?.Trim(), "Họ và tên", NameMaxLength);
        errors.Required("petitionerAddress", petitioner.Address?.Trim(), "Địa chỉ", 500);
        var phone = Digits(petitioner.Phone);
        if (phone.Length is < 9 or > 12)
        {
            errors.Add("petitionerPhone", "Số điện thoại phải có từ 9 đến 12 chữ số (Nghị định 20/2008/NĐ-CP Điều 6 yêu cầu số điện thoại liên hệ).");
        }

        if (petitioner.Email is { Length: > 0 } email && (email.Trim().Length > 254 || !email.Contains('@', StringComparison.Ordinal)))
        {
            errors.Add("petitionerEmail", "Địa chỉ thư điện tử không hợp lệ.");
        }

        if (petitioner.IdentityNumber is { Length: > 0 } id && !(Digits(id).Length == 12 && id.Trim().All(char.IsAsciiDigit)))
        {
            errors.Add("petitionerIdentityNumber", "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.");
        }

        errors.Required("subject", subject?.Trim(), "Tiêu đề", SubjectMaxLength);
        errors.Required("content", content?.Trim(), "Nội dung", ContentMaxLength);
        errors.Optional("procedureCode", procedureCode?.Trim(), "Mã thủ tục", 32);
        if (!Enum.IsDefined(channel))
        {
            errors.Add("channel", "Chọn hình thức tiếp nhận: trực tuyến, văn bản, đường dây nóng hoặc phiếu lấy ý kiến.");
        }

        if (reRaises is not null && !SamePetitioner(reRaises, petitioner, citizenId))
        {
            errors.Add("reRaises", $"Phản ánh, kiến nghị {reRaises.Code} không phải của cùng người gửi.");
        }

        if (!errors.IsEmpty || unit is null)
        {
            return errors.ToError();
        }

        var today = VietnamTime.DateOf(new DateTimeOffset(nowUtc, TimeSpan.Zero));
        var item = new FeedbackCase
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(nowUtc, TimeSpan.Zero)),
            Code = code,
            ProcedureCode = string.IsNullOrWhiteSpace(procedureCode) ? null : procedureCode.Trim(),
            Channel = channel,
            PetitionerName = petitioner.Name!.Trim(),
            PetitionerPhone = petitioner.Phone!.Trim(),
            PetitionerAddress = petitioner.Address!.Trim(),
            PetitionerEmail = string.IsNullOrWhiteSpace(petitioner.Email) ? null : petitioner.Email.Trim(),
            PetitionerIdentityNumber = string.IsNullOrWhiteSpace(petitioner.IdentityNumber) ? null : petitioner.IdentityNumber.Trim(),
            CitizenId = citizenId,
            Subject = subject!.Trim(),
            Content = content!.Trim(),
            State = FeedbackState.AwaitingReceipt,
            SubmittedAtUtc = nowUtc,
            SubmittedOn = today,
            ReRaisesId = reRaises?.Id,
            Version = 1,
        };
        item.MoveTo(unit, today, calendar);
        reRaises?.MarkReRaised();
        return item;
    }

    /// <summary>NĐ 20/2008 Đ9.4: received for handling and classified (indicator 5.1).</summary>
    public Result<FeedbackState> Receive(FeedbackClassification classification, DateTime nowUtc)
    {
        var invalid = classification is FeedbackClassification.Regulation or FeedbackClassification.Conduct
            ? null
            : Error.Field("classification", "Chọn phân loại: quy định hành chính, thủ tục hành chính hoặc hành vi của cán bộ, công chức.");
        return Fire(FeedbackTrigger.Receive, invalid, () =>
        {
            Classification = classification;
            ReceivedAtUtc = nowUtc;
        });
    }

    /// <summary>Not accepted (NĐ 20/2008 Đ9.4: form requirements not met); due within 2 working days.</summary>
    public Result<FeedbackState> Refuse(string? reason, DateTime nowUtc) =>
        Fire(FeedbackTrigger.Refuse, Required("reason", reason, "Lý do từ chối"), () =>
        {
            Reason = reason!.Trim();
            EndHandling(nowUtc, RefuseDueOn);
        });

    public Result<FeedbackState> RequestSupplement(string? request, DateTime nowUtc) =>
        Fire(FeedbackTrigger.RequestSupplement, Required("request", request, "Nội dung yêu cầu bổ sung"), () =>
        {
            SupplementRequest = request!.Trim();
            FirstSupplementRequestedOn ??= Day(nowUtc);
        });

    public Result<FeedbackState> Supplement(string? note) =>
        Fire(FeedbackTrigger.Supplement, Required("note", note, "Thông tin bổ sung"), () =>
            SupplementRequest = $"{SupplementRequest}\n— Đã bổ sung: {note!.Trim()}");

    /// <summary>Outside the unit's competence: forwarded (NĐ 20/2008 Đ9.4); the 15 working days restart (DOMAIN B §6.3).</summary>
    public Result<FeedbackState> Transfer(HandlingUnit to, string? reason, DateTime nowUtc, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (to.Id == UnitId)
        {
            return Error.Field("unitId", "Chọn một đơn vị khác với đơn vị đang xử lý.");
        }

        return Fire(FeedbackTrigger.Transfer, Required("reason", reason, "Lý do chuyển"), () =>
        {
            Reason = reason!.Trim();
            Transfers++;
            Classification = FeedbackClassification.Unclassified;
            ReceivedAtUtc = null;
            FirstSupplementRequestedOn = null;
            MoveTo(to, Day(nowUtc), calendar);
        });
    }

    public Result<FeedbackState> RecordResult(string? result, DateTime nowUtc, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Fire(FeedbackTrigger.RecordResult, Required("result", result, "Kết quả xử lý"), () =>
        {
            Result = result!.Trim();
            EndHandling(nowUtc, ResultDueOn);
            PublishDueOn = FeedbackDeadlines.PublishBy(HandledOn!.Value, calendar);
        });
    }

    /// <summary>Trả lại: not a PAKN under NĐ 20/2008 Đ5, or the petitioner never supplied what was asked.</summary>
    public Result<FeedbackState> Return(string? reason, DateTime nowUtc) =>
        Fire(FeedbackTrigger.Return, Required("reason", reason, "Lý do trả lại"), () =>
        {
            Reason = reason!.Trim();
            EndHandling(nowUtc, ResultDueOn);
        });

    public Result<FeedbackState> Publish(DateTime nowUtc) => Fire(FeedbackTrigger.Publish, null, () =>
    {
        PublishedAtUtc = nowUtc;
        PublishedOn = Day(nowUtc);
    });

    /// <summary>A vote changed: the counters move by the difference (one vote per voter is kept by the vote table).</summary>
    public Result<bool> Count(bool? previous, bool like)
    {
        if (State != FeedbackState.Published)
        {
            return Error.Conflict("not-published", "Chỉ có thể bày tỏ ý kiến về kết quả đã công khai.");
        }

        if (previous == like)
        {
            return false;
        }

        if (previous is { } was)
        {
            Likes -= was ? 1 : 0;
            Dislikes -= was ? 0 : 1;
        }

        Likes += like ? 1 : 0;
        Dislikes += like ? 0 : 1;
        Version++;
        return true;
    }

    public bool BelongsTo(string? citizenId) => citizenId is not null && CitizenId == citizenId;

    private static bool SamePetitioner(FeedbackCase earlier, Petitioner petitioner, string? citizenId) =>
        (citizenId is not null && earlier.CitizenId == citizenId)
        || Digits(earlier.PetitionerPhone) == Digits(petitioner.Phone)
        || (petitioner.IdentityNumber is { Length: > 0 } id && earlier.PetitionerIdentityNumber == id.Trim());

    private void MarkReRaised()
    {
        ReRaised = true;
        Version++;
    }

    private void MoveTo(HandlingUnit unit, DateOnly startDay, WorkingCalendar calendar)
    {
        UnitId = unit.Id;
        UnitPath = unit.Path;
        UnitName = unit.Name;
        CountFrom = startDay;
        var dues = FeedbackDeadlines.From(startDay, calendar);
        RefuseDueOn = dues.RefuseBy;
        SupplementRequestDueOn = dues.FirstSupplementRequestBy;
        ResultDueOn = dues.ResultBy;
    }

    private void EndHandling(DateTime nowUtc, DateOnly dueOn)
    {
        HandledAtUtc = nowUtc;
        HandledOn = Day(nowUtc);
        HandledLate = !FeedbackDeadlines.OnTime(HandledOn.Value, dueOn)
            || (FirstSupplementRequestedOn is { } asked && !FeedbackDeadlines.OnTime(asked, SupplementRequestDueOn));
    }

    /// <summary>An illegal transition is refused (409) before the input is judged (400); nothing changes on either.</summary>
    private Result<FeedbackState> Fire(FeedbackTrigger trigger, Error? invalid, Action apply)
    {
        var next = FeedbackLifecycle.Next(State, trigger);
        if (!next.IsSuccess)
        {
            return next;
        }

        if (invalid is not null)
        {
            return invalid;
        }

        apply();
        State = next.Value;
        Version++;
        return next;
    }

    private static Error? Required(string field, string? value, string label)
    {
        var errors = new ValidationErrors();
        errors.Required(field, value?.Trim(), label, TextMaxLength);
        return errors.IsEmpty ? null : errors.ToError();
    }

    private static DateOnly Day(DateTime utc) => VietnamTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    private static string Digits(string? value) => new((value ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
}

/// <summary>One like or dislike of a published answer, by a citizen account or a browser (indicator 5.3).</summary>
internal sealed class FeedbackVote
{
    private FeedbackVote()
    {
    }

    public Guid Id { get; private set; }

    public Guid FeedbackCaseId { get; private set; }

    /// <summary>"citizen:&lt;CCCD&gt;" or "browser:&lt;cookie id&gt;".</summary>
    public string Voter { get; private set; } = string.Empty;

    public bool Like { get; private set; }

    public DateTime VotedAtUtc { get; private set; }

    public static FeedbackVote Cast(Guid feedbackCaseId, string voter, bool like, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(nowUtc, TimeSpan.Zero)),
        FeedbackCaseId = feedbackCaseId,
        Voter = voter,
        Like = like,
        VotedAtUtc = nowUtc,
    };

    public void Change(bool like, DateTime nowUtc)
    {
        Like = like;
        VotedAtUtc = nowUtc;
    }
}
