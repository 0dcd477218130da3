using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Engagement.Contracts;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Persistence;

namespace MotCua.Engagement.Features.Feedback;

/// <summary>A report period over PAKN: local days <see cref="From"/>–<see cref="To"/>, judged on <see cref="JudgedOn"/>.</summary>
internal sealed record FeedbackWindow(DateOnly From, DateOnly To, DateOnly JudgedOn)
{
    /// <summary>Judged at the period's end, or on the local day of <paramref name="asOfUtc"/> while the period runs.</summary>
    public static FeedbackWindow Of(DateOnly from, DateOnly to, DateTime asOfUtc)
    {
        var today = VietnamTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(asOfUtc, DateTimeKind.Utc)));
        return new(from, to, today < to ? today : to);
    }
}

/// <summary>
/// The PAKN sets behind every figure (DOMAIN B §4, §1.3 5.1–5.3). Counting and listing both go through
/// <see cref="Predicate"/>, so a figure and the register filtered to it cannot disagree.
/// </summary>
internal static class FeedbackMeasures
{
    public static string Label(string key) => key switch
    {
        FeedbackMeasureKeys.Received => "Tổng số PAKN tiếp nhận (kỳ trước chuyển sang và mới)",
        FeedbackMeasureKeys.CarriedOver => "PAKN từ kỳ trước chuyển sang",
        FeedbackMeasureKeys.New => "PAKN mới tiếp nhận trong kỳ",
        FeedbackMeasureKeys.Regulation => "PAKN về quy định hành chính, thủ tục hành chính",
        FeedbackMeasureKeys.Conduct => "PAKN về hành vi của cán bộ, công chức",
        FeedbackMeasureKeys.Classified => "PAKN đã phân loại",
        FeedbackMeasureKeys.Handled => "PAKN đã xử lý trong kỳ",
        FeedbackMeasureKeys.HandledOnTime => "PAKN đã xử lý đúng hạn",
        FeedbackMeasureKeys.HandledLate => "PAKN đã xử lý quá hạn",
        FeedbackMeasureKeys.InProgress => "PAKN đang xử lý",
        FeedbackMeasureKeys.InProgressWithinTime => "PAKN đang xử lý trong hạn",
        FeedbackMeasureKeys.InProgressOverdue => "PAKN đang xử lý quá hạn",
        FeedbackMeasureKeys.Timely => "PAKN xử lý đúng hạn hoặc đang xử lý trong hạn (chỉ số 5.2)",
        FeedbackMeasureKeys.Published => "PAKN đã công khai kết quả trong kỳ",
        FeedbackMeasureKeys.Satisfied => "Kết quả công khai được hài lòng",
        FeedbackMeasureKeys.Unsatisfied => "Kết quả công khai không hài lòng (nhiều lượt không hài lòng hơn hài lòng)",
        FeedbackMeasureKeys.SatisfactionNumerator => "PAKN mới trong kỳ không bị phản đối, không bị phản ánh lại, không quá hạn (chỉ số 5.3)",
        _ => key,
    };

    public static bool IsKnown(string? key) => key is not null && FeedbackMeasureKeys.All.Contains(key, StringComparer.Ordinal);

    public static Expression<Func<FeedbackCase, bool>> Predicate(string key, FeedbackWindow w) => key switch
    {
        FeedbackMeasureKeys.Received => f => (f.SubmittedOn < w.From && (f.HandledOn == null || f.HandledOn >= w.From))
            || (f.SubmittedOn >= w.From && f.SubmittedOn <= w.To),
        FeedbackMeasureKeys.CarriedOver => f => f.SubmittedOn < w.From && (f.HandledOn == null || f.HandledOn >= w.From),
        FeedbackMeasureKeys.New => f => f.SubmittedOn >= w.From && f.SubmittedOn <= w.To,
        FeedbackMeasureKeys.Regulation => f => f.Classification == FeedbackClassification.Regulation
            && ((f.SubmittedOn < w.From && (f.HandledOn == null || f.HandledOn >= w.From)) || (f.SubmittedOn >= w.From && f.SubmittedOn <= w.To)),
        FeedbackMeasureKeys.Conduct => f => f.Classification == FeedbackClassification.Conduct
            && ((f.SubmittedOn < w.From && (f.HandledOn == null || f.HandledOn >= w.From)) || (f.SubmittedOn >= w.From && f.SubmittedOn <= w.To)),
        FeedbackMeasureKeys.Classified => f => f.Classification != FeedbackClassification.Unclassified
            && ((f.SubmittedOn < w.From && (f.HandledOn == null || f.HandledOn >= w.From)) || (f.SubmittedOn >= w.From && f.SubmittedOn <= w.To)),
        // Handled in the period: the handling ended between the period's start and the judging day.
        FeedbackMeasureKeys.Handled => f => f.HandledOn >= w.From && f.HandledOn <= w.JudgedOn,
        FeedbackMeasureKeys.HandledOnTime => f => f.HandledOn >= w.From && f.HandledOn <= w.JudgedOn && !f.HandledLate,
        FeedbackMeasureKeys.HandledLate => f => f.HandledOn >= w.From && f.HandledOn <= w.JudgedOn && f.HandledLate,
        // In progress on the judging day: submitted by then, not handled by then; overdue once past the result's due date.
        FeedbackMeasureKeys.InProgress => f => f.SubmittedOn <= w.JudgedOn && (f.HandledOn == null || f.HandledOn > w.JudgedOn),
        FeedbackMeasureKeys.InProgressWithinTime => f => f.SubmittedOn <= w.JudgedOn && (f.HandledOn == null || f.HandledOn > w.JudgedOn)
            && f.ResultDueOn >= w.JudgedOn,
        FeedbackMeasureKeys.InProgressOverdue => f => f.SubmittedOn <= w.JudgedOn && (f.HandledOn == null || f.HandledOn > w.JudgedOn)
            && f.ResultDueOn < w.JudgedOn,
        FeedbackMeasureKeys.Timely => f => (f.HandledOn >= w.From && f.HandledOn <= w.JudgedOn && !f.HandledLate)
            || (f.SubmittedOn <= w.JudgedOn && (f.HandledOn == null || f.HandledOn > w.JudgedOn) && f.ResultDueOn >= w.JudgedOn),
        FeedbackMeasureKeys.Published => f => f.PublishedOn >= w.From && f.PublishedOn <= w.JudgedOn,
        FeedbackMeasureKeys.Satisfied => f => f.PublishedOn >= w.From && f.PublishedOn <= w.JudgedOn && f.Dislikes <= f.Likes,
        FeedbackMeasureKeys.Unsatisfied => f => f.PublishedOn >= w.From && f.PublishedOn <= w.JudgedOn && f.Dislikes > f.Likes,
        // 5.3: each new PAKN at most once — kept unless unsatisfied, re-raised, handled late or overdue on the judging day.
        FeedbackMeasureKeys.SatisfactionNumerator => f => f.SubmittedOn >= w.From && f.SubmittedOn <= w.To
            && f.Dislikes <= f.Likes
            && !f.ReRaised
            && !(f.HandledOn != null && f.HandledOn <= w.JudgedOn && f.HandledLate)
            && !((f.HandledOn == null || f.HandledOn > w.JudgedOn) && f.ResultDueOn < w.JudgedOn),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown PAKN measure key."),
    };

    /// <summary>
    /// Every figure in ONE aggregate query, grouped by the handling unit's path (conditional counts), over the subtree.
    /// Received, classified and timely are sums of other figures and are not counted separately.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, FeedbackCounts>> CountByUnitAsync(
        DbContext db, string unitPath, FeedbackWindow window, CancellationToken cancellationToken)
    {
        string[] keys =
        [
            FeedbackMeasureKeys.CarriedOver, FeedbackMeasureKeys.New, FeedbackMeasureKeys.Regulation, FeedbackMeasureKeys.Conduct,
            FeedbackMeasureKeys.HandledOnTime, FeedbackMeasureKeys.HandledLate, FeedbackMeasureKeys.InProgressWithinTime,
            FeedbackMeasureKeys.InProgressOverdue, FeedbackMeasureKeys.Published, FeedbackMeasureKeys.Satisfied,
            FeedbackMeasureKeys.Unsatisfied, FeedbackMeasureKeys.SatisfactionNumerator,
        ];
        var group = Expression.Parameter(typeof(IGrouping<string, FeedbackCase>), "g");
        var counts = keys.Select(k => (Expression)Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Count), [typeof(FeedbackCase)], group, Predicate(k, window)));
        var selector = Expression.Lambda<Func<IGrouping<string, FeedbackCase>, GroupCounts>>(
            Expression.MemberInit(
                Expression.New(typeof(GroupCounts)),
                Expression.Bind(typeof(GroupCounts).GetProperty(nameof(GroupCounts.Path))!, Expression.Property(group, nameof(IGrouping<string, FeedbackCase>.Key))),
                Expression.Bind(typeof(GroupCounts).GetProperty(nameof(GroupCounts.Counts))!, Expression.NewArrayInit(typeof(int), counts))),
            group);

        var rows = await db.Set<FeedbackCase>().AsNoTracking()
            .WhereUnder(f => f.UnitPath, unitPath)
            .GroupBy(f => f.UnitPath)
            .Select(selector)
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => r.Path,
            r => new FeedbackCounts(r.Counts[0], r.Counts[1], r.Counts[2], r.Counts[3], r.Counts[4], r.Counts[5], r.Counts[6], r.Counts[7], r.Counts[8], r.Counts[9], r.Counts[10], r.Counts[11]),
            StringComparer.Ordinal);
    }

    internal sealed class GroupCounts
    {
        public string Path { get; set; } = string.Empty;

        public int[] Counts { get; set; } = [];
    }
}

/// <summary>The contract's implementation for Reporting.</summary>
internal sealed class FeedbackFigures(DbContext db) : IFeedbackFigures
{
    public async Task<FeedbackCounts> CountAsync(string unitPath, DateOnly from, DateOnly to, DateTime asOfUtc, CancellationToken cancellationToken) =>
        (await CountByUnitAsync(unitPath, from, to, asOfUtc, cancellationToken)).Values.Aggregate(FeedbackCounts.Zero, FeedbackCounts.Add);

    public Task<IReadOnlyDictionary<string, FeedbackCounts>> CountByUnitAsync(
        string unitPath, DateOnly from, DateOnly to, DateTime asOfUtc, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitPath);
        return FeedbackMeasures.CountByUnitAsync(db, unitPath, FeedbackWindow.Of(from, to, asOfUtc), cancellationToken);
    }
}
