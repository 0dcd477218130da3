namespace MotCua.Kernel.Calendar;

/// <summary>Why a day is or is not a working day (DOMAIN A4; BLLĐ 2019 Đ111–112).</summary>
public enum DayKind
{
    Working = 0,
    Weekend = 1,

    /// <summary>Ngày lễ, Tết (BLLĐ 2019 Đ112).</summary>
    Holiday = 2,

    /// <summary>Nghỉ bù: a holiday fell on a weekend (BLLĐ 2019 Đ111.3).</summary>
    Compensatory = 3,

    /// <summary>Hoán đổi ngày nghỉ: a working day given off by the yearly official notice.</summary>
    SwapDayOff = 4,

    /// <summary>Làm bù: a weekend day worked in exchange for a swapped day off.</summary>
    MakeUpWorkday = 5,

    /// <summary>A day off decided by the province for a local event.</summary>
    LocalDayOff = 6,
}

/// <summary>One day of the working calendar with its reason and the document that decided it.</summary>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string? Reason = null, string? Source = null)
{
    public bool IsWorking => Kind is DayKind.Working or DayKind.MakeUpWorkday;
}
