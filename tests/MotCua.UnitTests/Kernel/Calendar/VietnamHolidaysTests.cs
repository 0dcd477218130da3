using MotCua.Kernel.Calendar;
using Shouldly;

namespace MotCua.UnitTests.Kernel.Calendar;

public sealed class VietnamHolidaysTests
{
    [Fact]
    public void The_2025_defaults_are_the_eleven_statutory_days_and_one_compensatory_day()
    {
        // Tết Ất Tỵ: mùng 1 = Wed 29/1, so 28/1 (Tue) to 1/2 (Sat); 1/2 being a Saturday gives Mon 3/2 off.
        // Giỗ Tổ 10/3 = Mon 7/4; 30/4 Wed; 1/5 Thu; 1/9 Mon and 2/9 Tue.
        Summary(2025).ShouldBe(
        [
            "2025-01-01 Holiday", "2025-01-28 Holiday", "2025-01-29 Holiday", "2025-01-30 Holiday", "2025-01-31 Holiday",
            "2025-02-01 Holiday", "2025-02-03 Compensatory", "2025-04-07 Holiday", "2025-04-30 Holiday", "2025-05-01 Holiday",
            "2025-09-01 Holiday", "2025-09-02 Holiday",
        ]);
    }

    [Fact]
    public void The_2026_defaults_put_Tet_on_a_full_week_and_move_Hung_Kings_day_off_a_Sunday()
    {
        // Tết Bính Ngọ: mùng 1 = Tue 17/2, so Mon 16/2 to Fri 20/2. Giỗ Tổ 10/3 = Sun 26/4, off on Mon 27/4.
        // 1/1 Thu; 30/4 Thu; 1/5 Fri; 1/9 Tue and 2/9 Wed.
        Summary(2026).ShouldBe(
        [
            "2026-01-01 Holiday", "2026-02-16 Holiday", "2026-02-17 Holiday", "2026-02-18 Holiday", "2026-02-19 Holiday",
            "2026-02-20 Holiday", "2026-04-26 Holiday", "2026-04-27 Compensatory", "2026-04-30 Holiday", "2026-05-01 Holiday",
            "2026-09-01 Holiday", "2026-09-02 Holiday",
        ]);
    }

    [Fact]
    public void Holidays_on_a_Saturday_and_a_Sunday_give_the_Monday_and_the_Tuesday_off()
    {
        // 2022: 30/4 Saturday and 1/5 Sunday; the country was off until Tuesday 3/5.
        var days = VietnamHolidays.DefaultsFor(2022).Where(d => d.Kind == DayKind.Compensatory).ToList();

        days.Select(d => d.Date).ShouldBe(
        [
            new DateOnly(2022, 1, 3), new DateOnly(2022, 4, 11), new DateOnly(2022, 5, 2), new DateOnly(2022, 5, 3),
        ]);
        days[2].Reason.ShouldBe("Nghỉ bù Ngày Chiến thắng (30/4)");
        days[3].Reason.ShouldBe("Nghỉ bù Ngày Quốc tế Lao động (1/5)");
        days[3].Source.ShouldBe(VietnamHolidays.CompensationSource);
    }

    [Fact]
    public void A_chain_of_three_holidays_over_a_weekend_skips_the_Monday_holiday()
    {
        // 2023: Giỗ Tổ on Saturday 29/4, 30/4 Sunday, 1/5 Monday: Tuesday 2/5 and Wednesday 3/5 off in lieu.
        VietnamHolidays.DefaultsFor(2023)
            .Where(d => d.Date.Month is 4 or 5)
            .Select(d => $"{d.Date:dd/MM} {d.Kind}")
            .ShouldBe(["29/04 Holiday", "30/04 Holiday", "01/05 Holiday", "02/05 Compensatory", "03/05 Compensatory"]);
    }

    [Fact]
    public void Each_holiday_says_why_in_Vietnamese_and_cites_the_Labour_Code()
    {
        var days = VietnamHolidays.DefaultsFor(2026).ToDictionary(d => d.Date);

        days[new DateOnly(2026, 2, 17)].Reason.ShouldBe("Tết Nguyên đán (mùng 1 Tết)");
        days[new DateOnly(2026, 2, 16)].Reason.ShouldBe("Tết Nguyên đán (ngày cuối năm Âm lịch)");
        days[new DateOnly(2026, 4, 26)].Reason.ShouldBe("Giỗ Tổ Hùng Vương (10/3 Âm lịch)");
        days[new DateOnly(2026, 4, 27)].Reason.ShouldBe("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch)");
        days[new DateOnly(2026, 9, 2)].Reason.ShouldBe("Quốc khánh (2/9)");
        days[new DateOnly(2026, 1, 1)].Source.ShouldBe(VietnamHolidays.HolidaySource);
    }

    [Fact]
    public void Every_year_the_lunar_tables_cover_has_eleven_holidays_and_no_compensatory_day_on_a_day_off()
    {
        for (var year = LunarCalendar.MinYear; year <= LunarCalendar.MaxYear; year++)
        {
            var days = VietnamHolidays.DefaultsFor(year);
            // Two holidays on one date share it (the only case in 1900–2199: 10/3 Âm lịch on 30/4/1947).
            days.Where(d => d.Kind == DayKind.Holiday).Sum(d => d.Reason!.Split("; ").Length).ShouldBe(11, $"year {year}");
            days.Where(d => d.Kind == DayKind.Compensatory)
                .ShouldAllBe(d => d.Date.DayOfWeek != DayOfWeek.Saturday && d.Date.DayOfWeek != DayOfWeek.Sunday);
            days.Select(d => d.Date).Distinct().Count().ShouldBe(days.Count);
        }
    }

    private static List<string> Summary(int year) =>
        VietnamHolidays.DefaultsFor(year).Select(d => $"{d.Date:yyyy-MM-dd} {d.Kind}").ToList();
}
