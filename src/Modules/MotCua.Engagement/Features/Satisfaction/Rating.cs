using MotCua.Kernel.Results;

namespace MotCua.Engagement.Features.Satisfaction;

/// <summary>Mức độ hài lòng (DOMAIN A8); "dislike" in QĐ 766 sub-indicator 5.4 is <see cref="Dissatisfied"/>.</summary>
public enum SatisfactionLevel
{
    Dissatisfied = 1,
    Satisfied = 2,
    VerySatisfied = 3,
}

/// <summary>
/// Thái độ của công chức (TT 01/2018 Đ13, indicator 7). The applicant's answer decides the "complaint" part of the
/// indicator (0 points on a complaint of harassment or misconduct); early vs on time comes from the dossier's timeliness.
/// </summary>
public enum OfficialsAttitude
{
    Attentive = 1,
    Proper = 2,
    Harassing = 3,
}

/// <summary>Where the rating came from (NĐ 61/2018 Đ29: online rating, devices at the counter).</summary>
public enum RatingChannel
{
    Portal = 1,
    Kiosk = 2,
    SmsLink = 3,
}

/// <summary>The dossier facts a rating copies so that reviews and summaries never read the dossier tables.</summary>
internal sealed record RatedDossier(string Code, string ProcedureCode, Guid ProcessingUnitId, string ProcessingUnitPath, string DeskUnitPath);

internal sealed record RatingAnswer(SatisfactionLevel Overall, OfficialsAttitude Attitude, string? Comment);

/// <summary>
/// The applicant's one rating of one dossier (DOMAIN A8), given only once the result was returned and editable until
/// <see cref="EditableUntilUtc"/>; after that it is the record the 766 index and the TT 01/2018 evaluation count.
/// </summary>
internal sealed class Rating
{
    public const int CommentMaxLength = 1000;

    private Rating()
    {
    }

    public Guid Id { get; private set; }

    public string DossierCode { get; private set; } = string.Empty;

    public string ProcedureCode { get; private set; } = string.Empty;

    public Guid ProcessingUnitId { get; private set; }

    public string ProcessingUnitPath { get; private set; } = string.Empty;

    public string DeskUnitPath { get; private set; } = string.Empty;

    public SatisfactionLevel Overall { get; private set; }

    public OfficialsAttitude Attitude { get; private set; }

    public string? Comment { get; private set; }

    public RatingChannel Channel { get; private set; }

    /// <summary>Who rated: the citizen's CCCD on the portal, "kiosk:&lt;officer&gt;" at the counter, "sms-link" from the SMS.</summary>
    public string RatedBy { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime EditableUntilUtc { get; private set; }

    public int Version { get; private set; }

    /// <summary>A Không hài lòng or a complaint about the officials' attitude: the unit's leader must look into it.</summary>
    public bool NeedsReview => Overall == SatisfactionLevel.Dissatisfied || Attitude == OfficialsAttitude.Harassing;

    public bool IsEditableAt(DateTime nowUtc) => nowUtc <= EditableUntilUtc;

    public static Result<Rating> Give(
        RatedDossier dossier, string dossierState, RatingAnswer answer, RatingChannel channel, string ratedBy, DateTime nowUtc, TimeSpan editablePeriod)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(answer);
        if (dossierState != ReturnedState)
        {
            return Error.Conflict(
                "rating-before-return",
                $"Hồ sơ {dossier.Code} chưa trả kết quả. Ông/bà có thể đánh giá sau khi nhận kết quả giải quyết.");
        }

        if (Validate(answer) is { } invalid)
        {
            return invalid;
        }

        return new Rating
        {
            Id = Guid.CreateVersion7(nowUtc),
            DossierCode = dossier.Code,
            ProcedureCode = dossier.ProcedureCode,
            ProcessingUnitId = dossier.ProcessingUnitId,
            ProcessingUnitPath = dossier.ProcessingUnitPath,
            DeskUnitPath = dossier.DeskUnitPath,
            Overall = answer.Overall,
            Attitude = answer.Attitude,
            Comment = Clean(answer.Comment),
            Channel = channel,
            RatedBy = ratedBy,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            EditableUntilUtc = nowUtc + editablePeriod,
            Version = 1,
        };
    }

    /// <summary>Changes the answer while the period lasts; <c>true</c> when it became negative (a new review is due).</summary>
    public Result<bool> Change(RatingAnswer answer, RatingChannel channel, string ratedBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!IsEditableAt(nowUtc))
        {
            var until = Kernel.Time.BusinessClock.ToLocal(EditableUntilUtc).ToString("HH:mm 'ngày' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
            return Error.Conflict(
                "rating-locked",
                $"Đánh giá hồ sơ {DossierCode} chỉ được sửa đến {until}. Thời hạn sửa đã hết nên đánh giá được giữ nguyên.");
        }

        if (Validate(answer) is { } invalid)
        {
            return invalid;
        }

        var wasNegative = NeedsReview;
        Overall = answer.Overall;
        Attitude = answer.Attitude;
        Comment = Clean(answer.Comment);
        Channel = channel;
        RatedBy = ratedBy;
        UpdatedAtUtc = nowUtc;
        Version++;
        return !wasNegative && NeedsReview;
    }

    /// <summary>DossierState.Returned of the Dossiers module, as <c>DossierFacts.State</c> carries it.</summary>
    public const string ReturnedState = "Returned";

    private static Error? Validate(RatingAnswer answer)
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(answer.Overall))
        {
            errors.Add("overall", "Chọn mức độ hài lòng: Rất hài lòng, Hài lòng hoặc Không hài lòng.");
        }

        if (!Enum.IsDefined(answer.Attitude))
        {
            errors.Add("attitude", "Chọn nhận xét về thái độ của cán bộ, công chức.");
        }

        errors.Optional("comment", answer.Comment?.Trim(), "Ý kiến", CommentMaxLength);
        return errors.IsEmpty ? null : errors.ToError();
    }

    private static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
