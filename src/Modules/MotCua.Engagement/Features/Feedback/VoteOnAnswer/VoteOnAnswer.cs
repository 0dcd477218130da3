using Microsoft.EntityFrameworkCore;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Feedback.VoteOnAnswer;

public sealed record VoteRequest(bool? Like);

public sealed record VoteCount(string Code, int Likes, int Dislikes, bool? Mine);

/// <summary>
/// The public's like or dislike of a published answer (indicator 5.3: "more dislikes than likes" is unsatisfied): one
/// per citizen account or per browser; voting again changes the vote, never adds one.
/// </summary>
internal sealed class VoteOnAnswerHandler(DbContext db, BusinessClock clock)
{
    public async Task<Result<VoteCount>> VoteAsync(string code, string voter, VoteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Like is not { } like)
        {
            return Error.Field("like", "Chọn hài lòng hoặc không hài lòng.");
        }

        var item = await db.Set<FeedbackCase>().WithCode(code).SingleOrDefaultAsync(f => f.State == FeedbackState.Published, cancellationToken);
        if (item is null)
        {
            return Error.NotFound("answer-not-found", "Không tìm thấy kết quả xử lý phản ánh, kiến nghị đã công khai với mã này.");
        }

        var now = clock.UtcNow;
        var vote = await db.Set<FeedbackVote>().SingleOrDefaultAsync(v => v.FeedbackCaseId == item.Id && v.Voter == voter, cancellationToken);
        var counted = item.Count(vote?.Like, like);
        if (!counted.IsSuccess)
        {
            return counted.Error;
        }

        if (vote is null)
        {
            db.Add(FeedbackVote.Cast(item.Id, voter, like, now));
        }
        else
        {
            vote.Change(like, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The version of the answer or the one-vote index: someone voted at the same moment.
            return Error.Conflict("vote-race", "Có người vừa bày tỏ ý kiến cùng lúc. Vui lòng thử lại.");
        }

        return new VoteCount(item.Code, item.Likes, item.Dislikes, like);
    }
}
