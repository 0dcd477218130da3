using Microsoft.EntityFrameworkCore;

namespace MotCua.Engagement.Features.Feedback;

/// <summary>Finding a PAKN by the code a person typed, and the earlier PAKN it raises again.</summary>
internal static class FeedbackQueries
{
    /// <summary>The PAKN with this code (trimmed, any case); nothing for a blank or over-long one.</summary>
    public static IQueryable<FeedbackCase> WithCode(this IQueryable<FeedbackCase> cases, string? code)
    {
        var normalized = code?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(normalized) || normalized.Length > FeedbackCase.MaxCodeLength
            ? cases.Where(_ => false)
            : cases.Where(f => f.Code == normalized);
    }

    /// <summary>The code of the PAKN that <paramref name="item"/> raises again, if any.</summary>
    public static async Task<string?> EarlierCodeAsync(this DbContext db, FeedbackCase item, CancellationToken cancellationToken) =>
        item.ReRaisesId is { } id
            ? await db.Set<FeedbackCase>().Where(f => f.Id == id).Select(f => f.Code).SingleOrDefaultAsync(cancellationToken)
            : null;
}
