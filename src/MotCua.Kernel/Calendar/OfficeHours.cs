namespace MotCua.Kernel.Calendar;

/// <summary>
/// A unit's office sessions and intake cut-off. Defaults: 07:30–11:30 and 13:00–17:00 (8 working hours, the
/// civil-service day of QĐ 188/1999/QĐ-TTg, UNCONFIRMED) and a 15:00 cut-off (NĐ 61/2018 Đ18, DOMAIN A3).
/// </summary>
public sealed record OfficeHours(
    TimeOnly MorningStart,
    TimeOnly MorningEnd,
    TimeOnly AfternoonStart,
    TimeOnly AfternoonEnd,
    TimeOnly CutOff)
{
    public static OfficeHours Default { get; } =
        new(new TimeOnly(7, 30), new TimeOnly(11, 30), new TimeOnly(13, 0), new TimeOnly(17, 0), new TimeOnly(15, 0));

    public decimal HoursPerDay =>
        ((MorningEnd - MorningStart) + (AfternoonEnd - AfternoonStart)).Ticks / (decimal)TimeSpan.TicksPerHour;
}
