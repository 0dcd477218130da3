using MotCua.Kernel.Time;

namespace MotCua.Kernel.Calendar;

/// <summary>Legal dates are dates in Vietnam (UTC+7), whatever offset an instant arrives with.</summary>
public static class VietnamTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    // Vietnam has kept UTC+7 without daylight saving since 13/6/1975 (tz database, Asia/Ho_Chi_Minh); only earlier
    // instants need the zone rules, and skipping them makes the calendar's hour arithmetic several times faster.
    private static readonly DateTimeOffset FixedSince = new(1975, 6, 13, 0, 0, 0, Offset);
    private static readonly DateTime FixedSinceLocal = FixedSince.DateTime;

    public static DateTimeOffset Of(DateTimeOffset instant) =>
        instant >= FixedSince ? instant.ToOffset(Offset) : TimeZoneInfo.ConvertTime(instant, BusinessClock.Zone);

    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, local >= FixedSinceLocal ? Offset : BusinessClock.Zone.GetUtcOffset(local));
    }

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Of(instant).DateTime);
}
