using MotCua.Kernel.Calendar;
using Shouldly;

namespace MotCua.UnitTests.Kernel.Calendar;

public sealed class LunarCalendarTests
{
    // Mùng 1 Tết as Vietnam celebrated it (UTC+7). 1968: the North moved to UTC+7 and kept Tết Mậu Thân on 29/1,
    // a day before the South (UTC+8). 1985: 21/1 in Vietnam, 20/2 in China. 2007: 17/2 in Vietnam, 18/2 in China.
    // 2030: the new moon comes late on 2/2 in UTC+7 and after midnight in UTC+8, so Vietnam's Tết is a day before
    // China's 3/2 (the next such year is 2053).
    [Theory]
    [InlineData(1968, 1, 29)]
    [InlineData(1985, 1, 21)]
    [InlineData(2000, 2, 5)]
    [InlineData(2001, 1, 24)]
    [InlineData(2002, 2, 12)]
    [InlineData(2003, 2, 1)]
    [InlineData(2004, 1, 22)]
    [InlineData(2005, 2, 9)]
    [InlineData(2006, 1, 29)]
    [InlineData(2007, 2, 17)]
    [InlineData(2008, 2, 7)]
    [InlineData(2009, 1, 26)]
    [InlineData(2010, 2, 14)]
    [InlineData(2011, 2, 3)]
    [InlineData(2012, 1, 23)]
    [InlineData(2013, 2, 10)]
    [InlineData(2014, 1, 31)]
    [InlineData(2015, 2, 19)]
    [InlineData(2016, 2, 8)]
    [InlineData(2017, 1, 28)]
    [InlineData(2018, 2, 16)]
    [InlineData(2019, 2, 5)]
    [InlineData(2020, 1, 25)]
    [InlineData(2021, 2, 12)]
    [InlineData(2022, 2, 1)]
    [InlineData(2023, 1, 22)]
    [InlineData(2024, 2, 10)]
    [InlineData(2025, 1, 29)]
    [InlineData(2026, 2, 17)]
    [InlineData(2027, 2, 6)]
    [InlineData(2028, 1, 26)]
    [InlineData(2029, 2, 13)]
    [InlineData(2030, 2, 2)]
    public void Tet_falls_on_the_date_Vietnam_celebrated(int year, int month, int day)
    {
        var tet = new DateOnly(year, month, day);

        LunarCalendar.NewYear(year).ShouldBe(tet);
        LunarCalendar.FromSolar(tet).ShouldBe(new LunarDate(year, 1, 1));
        LunarCalendar.FromSolar(tet.AddDays(-1)).Year.ShouldBe(year - 1);
    }

    [Fact]
    public void Vietnam_and_China_celebrated_Tet_1985_a_month_apart()
    {
        var chinese = LunarCalendar.FromSolar(new DateOnly(1985, 2, 20));

        (chinese.Month, chinese.Day).ShouldNotBe((1, 1));
        LunarCalendar.FromSolar(new DateOnly(1985, 1, 21)).ShouldBe(new LunarDate(1985, 1, 1));
    }

    [Theory]
    [InlineData(2022, 4, 10)]
    [InlineData(2023, 4, 29)]
    [InlineData(2024, 4, 18)]
    [InlineData(2025, 4, 7)]
    [InlineData(2026, 4, 26)]
    public void Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int year, int month, int day)
    {
        LunarCalendar.ToSolar(new LunarDate(year, 3, 10)).ShouldBe(new DateOnly(year, month, day));
        LunarCalendar.FromSolar(new DateOnly(year, month, day)).ShouldBe(new LunarDate(year, 3, 10));
    }

    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    public void A_thirteen_month_year_has_its_leap_month_where_the_almanac_puts_it(int year, int leapMonth) =>
        LunarCalendar.LeapMonthOf(year).ShouldBe(leapMonth);

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    public void A_twelve_month_year_has_no_leap_month(int year) => LunarCalendar.LeapMonthOf(year).ShouldBeNull();

    [Fact]
    public void The_leap_sixth_month_of_2025_starts_on_the_new_moon_of_25_July_in_Vietnam()
    {
        var leapStart = new DateOnly(2025, 7, 25);

        LunarCalendar.ToSolar(new LunarDate(2025, 6, 1, IsLeapMonth: true)).ShouldBe(leapStart);
        LunarCalendar.FromSolar(leapStart).ShouldBe(new LunarDate(2025, 6, 1, IsLeapMonth: true));
        LunarCalendar.FromSolar(leapStart.AddDays(-1)).ShouldBe(new LunarDate(2025, 6, 30));
    }

    [Theory]
    [InlineData(2024, 8, 15, 2024, 9, 17)]
    [InlineData(2025, 7, 15, 2025, 9, 6)]
    [InlineData(2025, 8, 15, 2025, 10, 6)]
    public void Festival_days_after_a_leap_month_convert_both_ways(int lunarYear, int lunarMonth, int lunarDay, int year, int month, int day)
    {
        var lunar = new LunarDate(lunarYear, lunarMonth, lunarDay);
        var solar = new DateOnly(year, month, day);

        LunarCalendar.ToSolar(lunar).ShouldBe(solar);
        LunarCalendar.FromSolar(solar).ShouldBe(lunar);
    }

    [Fact]
    public void A_leap_month_the_year_does_not_have_does_not_exist() =>
        LunarCalendar.TryToSolar(new LunarDate(2025, 3, 1, IsLeapMonth: true)).ShouldBeNull();

    [Fact]
    public void The_thirtieth_of_a_short_month_does_not_exist()
    {
        var shortMonth = Enumerable.Range(1, 12).First(m =>
            LunarCalendar.ToSolar(new LunarDate(2026, m + 1 > 12 ? 1 : m + 1, 1)).DayNumber
            - LunarCalendar.ToSolar(new LunarDate(2026, m, 1)).DayNumber == 29);

        LunarCalendar.TryToSolar(new LunarDate(2026, shortMonth, 30)).ShouldBeNull();
        LunarCalendar.TryToSolar(new LunarDate(2026, shortMonth, 29)).ShouldNotBeNull();
    }

    [Fact]
    public void Every_day_from_1901_to_2199_converts_to_lunar_and_back()
    {
        var previous = LunarCalendar.FromSolar(new DateOnly(1901, 1, 1));
        for (var date = new DateOnly(1901, 1, 2); date.Year <= 2199; date = date.AddDays(1))
        {
            var lunar = LunarCalendar.FromSolar(date);
            LunarCalendar.ToSolar(lunar).ShouldBe(date);

            var sameMonth = lunar.Day == previous.Day + 1 && lunar.Month == previous.Month && lunar.IsLeapMonth == previous.IsLeapMonth;
            var nextMonth = lunar.Day == 1 && previous.Day is 29 or 30;
            (sameMonth || nextMonth).ShouldBeTrue($"{previous} is followed by {lunar} on {date}");
            previous = lunar;
        }
    }

    [Fact]
    public void Dates_outside_the_supported_centuries_are_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => LunarCalendar.FromSolar(new DateOnly(1899, 12, 31)));
}
