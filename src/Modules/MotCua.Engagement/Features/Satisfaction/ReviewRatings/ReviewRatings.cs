using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Persistence;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Satisfaction.ReviewRatings;

/// <summary>A review as the leader sees it: what was said when it opened, what the rating says now, and the answer.</summary>
public sealed record ReviewItem(
    Guid Id,
    string DossierCode,
    string ProcedureCode,
    DateTime OpenedAt,
    SatisfactionLevel OpenedOverall,
    OfficialsAttitude OpenedAttitude,
    SatisfactionLevel Overall,
    OfficialsAttitude Attitude,
    bool NowPositive,
    string? Comment,
    RatingChannel Channel,
    string? Findings,
    string? ActionTaken,
    string? AnsweredBy,
    DateTime? AnsweredAt);

public sealed record AnswerRequest(string? Findings, string? ActionTaken);

/// <summary>
/// Đánh giá cần xử lý: negative ratings of the units the leader heads (their scope), open ones until answered;
/// the answer is audited and shown to the applicant.
/// </summary>
internal sealed class ReviewRatingsHandler(DbContext db, BusinessClock clock, CurrentActor actor)
{
    /// <summary>Leaders of a unit answer for it (NĐ 61/2018 Đ31: the head of the agency is accountable for its officials).</summary>
    public static readonly AuthorizeAttribute Leaders = new() { Policy = Policies.Staff, Roles = StaffRoles.AgencyLeader + "," + StaffRoles.DepartmentLeader };

    public async Task<Result<Page<ReviewItem>>> ListAsync(ClaimsPrincipal user, bool answered, string? after, int? limit, CancellationToken cancellationToken)
    {
        if (!Keyset.TryDecode(after, out var key) || !Keyset.TryParseInstantKey(key, out var afterAt, out var afterCode))
        {
            return Error.Field("after", "Con trỏ trang không hợp lệ.");
        }

        if (limit is < 1 or > Keyset.MaxLimit)
        {
            return Error.Field("limit", $"Số dòng mỗi trang phải từ 1 đến {Keyset.MaxLimit}.");
        }

        var take = Keyset.ClampLimit(limit);
        var reviews = InScope(user).Where(r => answered ? r.AnsweredAtUtc != null : r.AnsweredAtUtc == null);
        if (afterAt is { } at)
        {
            reviews = reviews.Where(r => r.OpenedAtUtc > at || (r.OpenedAtUtc == at && r.DossierCode.CompareTo(afterCode) > 0));
        }

        var rows = await reviews
            .Join(db.Set<Rating>(), r => r.RatingId, g => g.Id, (r, g) => new { Review = r, Rating = g })
            .OrderBy(x => x.Review.OpenedAtUtc).ThenBy(x => x.Review.DossierCode)
            .Take(take + 1)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var items = rows.Select(x => new ReviewItem(
                x.Review.Id,
                x.Review.DossierCode,
                x.Rating.ProcedureCode,
                Utc(x.Review.OpenedAtUtc),
                x.Review.OpenedOverall,
                x.Review.OpenedAttitude,
                x.Rating.Overall,
                x.Rating.Attitude,
                !x.Rating.NeedsReview,
                x.Rating.Comment,
                x.Rating.Channel,
                x.Review.Findings,
                x.Review.ActionTaken,
                x.Review.AnsweredBy,
                x.Review.AnsweredAtUtc is { } at ? Utc(at) : null))
            .ToList();
        return Keyset.ToPage(items, take, i => Keyset.InstantKey(i.OpenedAt, i.DossierCode));
    }

    public async Task<Result<ReviewItem>> AnswerAsync(ClaimsPrincipal user, Guid id, AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var review = await InScope(user).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
        {
            return Error.NotFound("review-not-found", "Không tìm thấy đánh giá cần xử lý trong phạm vi đơn vị của ông/bà.");
        }

        var now = clock.UtcNow;
        var answered = review.Answer(request.Findings, request.ActionTaken, actor.Name, now);
        if (!answered.IsSuccess)
        {
            return answered.Error;
        }

        db.Add(AuditEntry.Record(now, actor.Name, "AnswerRatingReview", nameof(RatingReview), review.Id.ToString(), "Open", "Answered", review.DossierCode));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("review-answered", $"Đánh giá của hồ sơ {review.DossierCode} vừa được người khác trả lời.");
        }

        var rating = await db.Set<Rating>().AsNoTracking().SingleAsync(r => r.Id == review.RatingId, cancellationToken);
        return new ReviewItem(
            review.Id, review.DossierCode, rating.ProcedureCode, Utc(review.OpenedAtUtc), review.OpenedOverall, review.OpenedAttitude,
            rating.Overall, rating.Attitude, !rating.NeedsReview, rating.Comment, rating.Channel, review.Findings, review.ActionTaken,
            review.AnsweredBy, now);
    }

    /// <summary>The reviews of units the user covers (StaffScope), filtered in SQL by the unit's materialised path.</summary>
    private IQueryable<RatingReview> InScope(ClaimsPrincipal user)
    {
        var own = user.UnitPath();
        if (own is null)
        {
            return db.Set<RatingReview>().Where(_ => false);
        }

        return user.FindFirstValue(StaffScope.SubtreeClaim) == "true"
            ? db.Set<RatingReview>().WhereUnder(r => r.ProcessingUnitPath, own)
            : db.Set<RatingReview>().Where(r => r.ProcessingUnitPath == own);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
