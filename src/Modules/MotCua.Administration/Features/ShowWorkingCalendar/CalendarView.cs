using MotCua.Kernel.Calendar;

namespace MotCua.Administration.Features.ShowWorkingCalendar;

/// <summary>How the pages draw a day: Bootstrap classes by kind (always next to a text label, never colour alone).</summary>
public static class CalendarView
{
    public static readonly string[] WeekdayKeys = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static string CellClass(DayKind kind) => kind switch
    {
        DayKind.Holiday => "table-danger",
        DayKind.Compensatory or DayKind.SwapDayOff or DayKind.LocalDayOff => "table-warning",
        DayKind.MakeUpWorkday => "table-info",
        DayKind.Weekend => "table-light text-body-secondary",
        _ => string.Empty,
    };

    /// <summary>The same colours outside a table cell (legend, lists), with a border so the box shows on white.</summary>
    public static string BadgeClass(DayKind kind) => "d-inline-block border rounded-1 px-2 " + kind switch
    {
        DayKind.Holiday => "bg-danger-subtle text-danger-emphasis",
        DayKind.Compensatory or DayKind.SwapDayOff or DayKind.LocalDayOff => "bg-warning-subtle text-warning-emphasis",
        DayKind.MakeUpWorkday => "bg-info-subtle text-info-emphasis",
        DayKind.Weekend => "bg-body-tertiary text-body-secondary",
        _ => string.Empty,
    };

    /// <summary>Days that need a word of explanation: everything except ordinary weekdays and weekends.</summary>
    public static bool IsNotable(CalendarDayItem day) =>
        day.Kind is not (DayKind.Working or DayKind.Weekend) || day.IsOfficialChange;

    /// <summary>Monday-first column of a date (0–6).</summary>
    public static int Column(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    public static string WeekdayKey(DateOnly date) => WeekdayKeys[Column(date)];
}
