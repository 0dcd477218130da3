using MotCua.Kernel.Results;

namespace MotCua.Engagement.Features.Satisfaction;

/// <summary>
/// The closed loop of a negative rating: the leader of the processing unit looks into it and answers with what was
/// found and what was done; the applicant sees the answer next to the rating. It stays when the rating is later made
/// positive (the list then says so), because the complaint was made.
/// </summary>
internal sealed class RatingReview
{
    public const int TextMaxLength = 2000;

    private RatingReview()
    {
    }

    public Guid Id { get; private set; }

    public Guid RatingId { get; private set; }

    public string DossierCode { get; private set; } = string.Empty;

    public string ProcessingUnitPath { get; private set; } = string.Empty;

    public Guid ProcessingUnitId { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    /// <summary>What the rating said when the review was opened, kept even if the rating changes later.</summary>
    public SatisfactionLevel OpenedOverall { get; private set; }

    public OfficialsAttitude OpenedAttitude { get; private set; }

    public string? Findings { get; private set; }

    public string? ActionTaken { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => AnsweredAtUtc is null;

    public static RatingReview OpenFor(Rating rating, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return new RatingReview
        {
            Id = Guid.CreateVersion7(nowUtc),
            RatingId = rating.Id,
            DossierCode = rating.DossierCode,
            ProcessingUnitPath = rating.ProcessingUnitPath,
            ProcessingUnitId = rating.ProcessingUnitId,
            OpenedAtUtc = nowUtc,
            OpenedOverall = rating.Overall,
            OpenedAttitude = rating.Attitude,
            Version = 1,
        };
    }

    public Result<RatingReview> Answer(string? findings, string? actionTaken, string leader, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            return Error.Conflict("review-answered", $"Đánh giá của hồ sơ {DossierCode} đã được trả lời; không trả lời lại.");
        }

        var errors = new ValidationErrors();
        errors.Required("findings", findings?.Trim(), "Kết quả xem xét", TextMaxLength);
        errors.Required("actionTaken", actionTaken?.Trim(), "Biện pháp đã thực hiện", TextMaxLength);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        Findings = findings!.Trim();
        ActionTaken = actionTaken!.Trim();
        AnsweredBy = leader;
        AnsweredAtUtc = nowUtc;
        Version++;
        return this;
    }
}
