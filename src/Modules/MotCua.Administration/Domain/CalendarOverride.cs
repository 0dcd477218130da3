using MotCua.Kernel.Calendar;

namespace MotCua.Administration.Domain;

/// <summary>
/// One date the yearly official notice (or the province) changes from the Labour Code defaults: a swapped day off,
/// a make-up Saturday, a chosen Tết day, a local day off, or a working day that cancels a default (DOMAIN A4).
/// </summary>
public sealed class CalendarOverride
{
    public const int ReasonMaxLength = 200;
    public const int SourceMaxLength = 200;

    private CalendarOverride()
    {
    }

    public DateOnly Date { get; private set; }

    public DayKind Kind { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    /// <summary>The document that decided it, e.g. "Thông báo 6150/TB-BNV".</summary>
    public string? Source { get; private set; }

    public static CalendarOverride Create(DateOnly date, DayKind kind, string reason, string? source) => new()
    {
        Date = date,
        Kind = kind,
        Reason = reason.Trim(),
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim(),
    };

    public void Update(DayKind kind, string reason, string? source)
    {
        Kind = kind;
        Reason = reason.Trim();
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
    }

    public CalendarDay ToCalendarDay() => new(Date, Kind, Reason, Source);
}
