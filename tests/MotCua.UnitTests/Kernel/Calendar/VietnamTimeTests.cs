using MotCua.Kernel.Calendar;
using MotCua.Kernel.Time;
using Shouldly;

namespace MotCua.UnitTests.Kernel.Calendar;

public sealed class VietnamTimeTests
{
    [Fact]
    public void The_fixed_offset_agrees_with_the_zone_database_from_1975_on()
    {
        var random = new Random(1975);
        for (var i = 0; i < 5000; i++)
        {
            var instant = new DateTimeOffset(1975, 6, 13, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.NextInt64(0, 60L * 24 * 365 * 150));
            VietnamTime.Of(instant).Offset.ShouldBe(TimeZoneInfo.ConvertTime(instant, BusinessClock.Zone).Offset);
        }
    }

    [Fact]
    public void A_date_and_time_in_Vietnam_is_seven_hours_ahead_of_UTC() =>
        VietnamTime.At(new DateOnly(2026, 2, 17), new TimeOnly(7, 30)).UtcDateTime.ShouldBe(new DateTime(2026, 2, 17, 0, 30, 0));

    [Fact]
    public void An_instant_late_in_the_UTC_evening_is_already_the_next_day_in_Vietnam() =>
        VietnamTime.DateOf(new DateTimeOffset(2026, 2, 16, 17, 0, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 2, 17));
}
