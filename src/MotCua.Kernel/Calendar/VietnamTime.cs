using MotCua.Kernel.Time;

namespace MotCua.Kernel.Calendar;

/// <summary>Legal dates are dates in Vietnam (UTC+7), whatever offset an instant arrives with.</summary>
public static class VietnamTime
{
    public static DateTimeOffset Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, BusinessClock.Zone);

    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, BusinessClock.Zone.GetUtcOffset(local));
    }

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Of(instant).DateTime);
}
