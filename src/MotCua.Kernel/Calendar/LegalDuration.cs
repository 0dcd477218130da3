namespace MotCua.Kernel.Calendar;

/// <summary>DonViTinh of a legal time limit (DOMAIN A3); values match the catalog's TimeUnit.</summary>
public enum DurationUnit
{
    WorkingDays = 1,
    CalendarDays = 2,
    WorkingHours = 3,
    Months = 4,
}

/// <summary>A time limit as the law states it, e.g. 5 working days or 0.5 working day.</summary>
public readonly record struct LegalDuration(decimal Amount, DurationUnit Unit);
