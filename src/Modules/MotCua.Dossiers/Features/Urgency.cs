using MotCua.Kernel.Calendar;

namespace MotCua.Dossiers.Features;

/// <summary>How pressing a dossier in progress is, shown in words and colour (never colour alone).</summary>
public enum Urgency
{
    OnTrack = 1,

    /// <summary>Due within one working day: NĐ 61/2018 Đ19.9 asks for the apology no later than one day before.</summary>
    DueSoon = 2,

    Overdue = 3,
}

public static class Urgencies
{
    /// <summary>Null when no clock runs (not yet accepted, or processing has ended).</summary>
    public static Urgency? Of(DateTime? dueUtc, bool processingEnded, DateTime nowUtc, WorkingCalendar calendar, OfficeHours office)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(office);
        if (dueUtc is not { } due || processingEnded)
        {
            return null;
        }

        if (nowUtc > due)
        {
            return Urgency.Overdue;
        }

        var left = calendar.WorkingHoursBetween(Instant(nowUtc), Instant(due), office);
        return left <= office.HoursPerDay ? Urgency.DueSoon : Urgency.OnTrack;
    }

    public static string Badge(Urgency urgency) => urgency switch
    {
        Urgency.Overdue => "text-bg-danger",
        Urgency.DueSoon => "text-bg-warning",
        _ => "text-bg-success",
    };

    public static string Row(Urgency? urgency) => urgency switch
    {
        Urgency.Overdue => "table-danger",
        Urgency.DueSoon => "table-warning",
        _ => string.Empty,
    };

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
