using MotCua.Kernel.Calendar;

namespace MotCua.Engagement.Features.Feedback;

/// <summary>The due dates of one count start (submission or latest transfer), as legal dates.</summary>
public sealed record FeedbackDues(DateOnly RefuseBy, DateOnly FirstSupplementRequestBy, DateOnly ResultBy);

/// <summary>
/// The DVCQG time limits of a PAKN (DOMAIN B §6.3), in working days of the kernel calendar: refuse within 2, first
/// supplement request within 5, result within 15 working days of submission or the latest transfer; publish within 2
/// of the result. BLDS 2015 Đ147.2: a count in days starts the day after the event, so each limit ends on the N-th working
/// day after the start day, and a step taken on that day is on time (judged by local date, as DOMAIN A3 judges dossiers).
/// The limits do not pause while a supplement is awaited: §6.3 counts the result "from submission or the latest transfer"
/// (ADR 0010).
/// </summary>
public static class FeedbackDeadlines
{
    public const int RefuseDays = 2;
    public const int FirstSupplementRequestDays = 5;
    public const int ResultDays = 15;
    public const int PublishDays = 2;

    public static FeedbackDues From(DateOnly startDay, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new FeedbackDues(
            calendar.AddWorkingDays(startDay, RefuseDays),
            calendar.AddWorkingDays(startDay, FirstSupplementRequestDays),
            calendar.AddWorkingDays(startDay, ResultDays));
    }

    public static DateOnly PublishBy(DateOnly resultDay, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(resultDay, PublishDays);
    }

    /// <summary>A step is on time when taken on or before its due date.</summary>
    public static bool OnTime(DateOnly takenOn, DateOnly dueOn) => takenOn <= dueOn;

    /// <summary>
    /// "In progress within time" (DOMAIN B §6.3): on the judging day (the period's end, or today while it runs) the result
    /// is not yet due past.
    /// </summary>
    public static bool WithinTime(DateOnly judgedOn, DateOnly resultDueOn) => judgedOn <= resultDueOn;
}
