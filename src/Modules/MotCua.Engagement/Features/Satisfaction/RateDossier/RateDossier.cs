using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Satisfaction.RateDossier;

/// <summary>What the applicant sends from any of the three ways in; the enums arrive as their names.</summary>
public sealed record RatingRequest(SatisfactionLevel? Overall, OfficialsAttitude? Attitude, string? Comment);

/// <summary>The leader's answer to a negative rating, as the applicant sees it.</summary>
public sealed record UnitAnswer(string Findings, string ActionTaken, DateTime AnsweredAt);

/// <summary>A dossier as its applicant rates it: what they said (if anything yet), until when they may change it, and the unit's answer.</summary>
public sealed record RatingView(
    string DossierCode,
    string ProcedureName,
    bool CanRate,
    string? NotYet,
    SatisfactionLevel? Overall,
    OfficialsAttitude? Attitude,
    string? Comment,
    RatingChannel? Channel,
    DateTime? RatedAt,
    DateTime? EditableUntil,
    bool Editable,
    IReadOnlyList<UnitAnswer> Answers);

/// <summary>How the rater showed they may rate this dossier: the three ways in (DOMAIN A8).</summary>
public abstract record RaterProof
{
    private RaterProof()
    {
    }

    /// <summary>Signed in on the portal (OpenID Connect); must be the applicant or the representative who submitted.</summary>
    public sealed record Citizen(ClaimsPrincipal User) : RaterProof;

    /// <summary>At the counter tablet of a desk officer: the last four digits of the applicant's phone or ID, as tra cứu asks.</summary>
    public sealed record Kiosk(ClaimsPrincipal Officer, string? Verifier) : RaterProof;

    /// <summary>The signed link of the SMS (the code is inside the token).</summary>
    public sealed record Link(string Token) : RaterProof;
}

/// <summary>
/// One handler behind the portal, the kiosk and the SMS link: it finds the dossier, checks the proof, and gives or
/// changes the one rating of the dossier; a negative one opens a review for the unit's leader in the same save.
/// Every refusal is decided before anything is written.
/// </summary>
internal sealed class RateDossierHandler(
    DbContext db, IDossierDirectory dossiers, RatingLinks links, BusinessClock clock, IOptions<SatisfactionOptions> options, Kernel.Outbox.Outbox outbox)
{
    private const string NotFound = "Không tìm thấy hồ sơ với mã và bốn số cuối đã nhập.";

    public async Task<Result<RatingView>> ViewAsync(string? code, RaterProof proof, CancellationToken cancellationToken)
    {
        var found = await FindAsync(code, proof, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var facts = found.Value;
        var rating = await db.Set<Rating>().AsNoTracking().SingleOrDefaultAsync(r => r.DossierCode == facts.Code, cancellationToken);
        return await ViewOfAsync(facts, rating, cancellationToken);
    }

    public async Task<Result<RatingView>> RateAsync(string? code, RaterProof proof, RatingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await FindAsync(code, proof, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var facts = found.Value;
        if (request.Overall is not { } overall || request.Attitude is not { } attitude)
        {
            var missing = new ValidationErrors();
            if (request.Overall is null)
            {
                missing.Add("overall", "Chọn mức độ hài lòng: Rất hài lòng, Hài lòng hoặc Không hài lòng.");
            }

            if (request.Attitude is null)
            {
                missing.Add("attitude", "Chọn nhận xét về thái độ của cán bộ, công chức.");
            }

            return missing.ToError();
        }

        var answer = new RatingAnswer(overall, attitude, request.Comment);
        var (channel, ratedBy) = Source(proof);
        var now = clock.UtcNow;
        var rating = await db.Set<Rating>().SingleOrDefaultAsync(r => r.DossierCode == facts.Code, cancellationToken);
        string? from = null;
        bool opensReview;
        if (rating is null)
        {
            var given = Rating.Give(
                new RatedDossier(facts.Code, facts.ProcedureCode, facts.ProcessingUnitId, facts.ProcessingUnitPath, facts.DeskUnitPath),
                facts.State, answer, channel, ratedBy, now, TimeSpan.FromDays(options.Value.EditableDays));
            if (!given.IsSuccess)
            {
                return given.Error;
            }

            rating = given.Value;
            opensReview = rating.NeedsReview;
            db.Add(rating);
        }
        else
        {
            from = Describe(rating);
            var changed = rating.Change(answer, channel, ratedBy, now);
            if (!changed.IsSuccess)
            {
                return changed.Error;
            }

            opensReview = changed.Value && !await db.Set<RatingReview>().AnyAsync(r => r.RatingId == rating.Id && r.AnsweredAtUtc == null, cancellationToken);
        }

        if (opensReview)
        {
            var review = RatingReview.OpenFor(rating, now);
            db.Add(review);
            db.Add(AuditEntry.Record(now, ratedBy, "OpenRatingReview", nameof(RatingReview), review.Id.ToString(), null, "Open", rating.DossierCode));
        }

        db.Add(AuditEntry.Record(now, ratedBy, from is null ? "GiveRating" : "ChangeRating", nameof(Rating), rating.DossierCode, from, Describe(rating), channel.ToString()));
        outbox.Enqueue(db, SatisfactionTopics.Rated, rating.DossierCode, new DossierRated(rating.DossierCode));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique dossier code or the version said someone else rated this dossier at the same moment.
            return Error.Conflict("rating-race", "Hồ sơ vừa được đánh giá từ nơi khác. Vui lòng tải lại trang để xem đánh giá hiện tại.");
        }

        return await ViewOfAsync(facts, rating, cancellationToken);
    }

    private async Task<Result<DossierFacts>> FindAsync(string? code, RaterProof proof, CancellationToken cancellationToken)
    {
        if (proof is RaterProof.Link link)
        {
            var read = links.Read(link.Token);
            if (!read.IsSuccess)
            {
                return read.Error;
            }

            code = read.Value;
        }

        if (proof is RaterProof.Kiosk { Verifier: var verifier } && (verifier?.Trim() is not { Length: 4 } digits || !digits.All(char.IsAsciiDigit)))
        {
            return Error.Field("verifier", "Nhập bốn số cuối của số điện thoại hoặc số định danh của người nộp hồ sơ.");
        }

        var normalized = code?.Trim().ToUpperInvariant();
        var facts = string.IsNullOrEmpty(normalized) || normalized.Length > 64 ? null : await dossiers.FindAsync(normalized, cancellationToken);
        var allowed = facts is not null && proof switch
        {
            RaterProof.Citizen citizen => facts.BelongsTo(citizen.User.CitizenId()),
            // The tablet belongs to a desk: it takes ratings of the dossiers that desk received.
            RaterProof.Kiosk kiosk => kiosk.Officer.Covers(facts.DeskUnitPath) && Verifies(facts.Applicant, kiosk.Verifier!.Trim()),
            RaterProof.Link => true,
            _ => false,
        };

        // Someone else's dossier is answered like an unknown code: the answer tells nothing about which codes exist.
        return allowed ? facts! : Error.NotFound("dossier-not-found", proof is RaterProof.Kiosk ? NotFound : "Không tìm thấy hồ sơ của ông/bà với mã này.");
    }

    private async Task<RatingView> ViewOfAsync(DossierFacts facts, Rating? rating, CancellationToken cancellationToken)
    {
        var answers = rating is null
            ? []
            : (await db.Set<RatingReview>().AsNoTracking()
                .Where(r => r.RatingId == rating.Id && r.AnsweredAtUtc != null)
                .Select(r => new { r.Findings, r.ActionTaken, r.AnsweredAtUtc })
                .ToListAsync(cancellationToken))
                .OrderBy(r => r.AnsweredAtUtc)
                .Select(r => new UnitAnswer(r.Findings!, r.ActionTaken!, Utc(r.AnsweredAtUtc!.Value)))
                .ToList();
        var canRate = facts.State == Rating.ReturnedState;
        var now = clock.UtcNow;
        return new RatingView(
            facts.Code,
            facts.ProcedureName,
            canRate && (rating is null || rating.IsEditableAt(now)),
            canRate ? null : "Hồ sơ chưa trả kết quả. Ông/bà có thể đánh giá sau khi nhận kết quả giải quyết.",
            rating?.Overall,
            rating?.Attitude,
            rating?.Comment,
            rating?.Channel,
            rating is null ? null : Utc(rating.UpdatedAtUtc),
            rating is null ? null : Utc(rating.EditableUntilUtc),
            rating is not null && rating.IsEditableAt(now),
            answers);
    }

    private static (RatingChannel Channel, string RatedBy) Source(RaterProof proof) => proof switch
    {
        RaterProof.Citizen citizen => (RatingChannel.Portal, citizen.User.CitizenId() ?? "citizen"),
        RaterProof.Kiosk kiosk => (RatingChannel.Kiosk, "kiosk:" + (kiosk.Officer.FindFirstValue(ClaimTypes.Email) ?? kiosk.Officer.Identity?.Name)),
        _ => (RatingChannel.SmsLink, "sms-link"),
    };

    private static string Describe(Rating rating) => $"{rating.Overall}/{rating.Attitude}";

    private static bool Verifies(DossierParty applicant, string verifier) =>
        LastFour(applicant.Phone) == verifier || LastFour(applicant.Identifier) == verifier;

    private static string? LastFour(string? value)
    {
        var digits = new string((value ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 4 ? digits[^4..] : null;
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
