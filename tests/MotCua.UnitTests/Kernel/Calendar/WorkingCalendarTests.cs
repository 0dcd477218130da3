using MotCua.Kernel.Calendar;
using Shouldly;

namespace MotCua.UnitTests.Kernel.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Vietnam = WorkingCalendar.ForVietnam([], 2020, 2030);

    [Fact]
    public void Tet_holidays_and_their_compensatory_day_are_not_working_days()
    {
        Vietnam.IsWorkingDay(new DateOnly(2025, 1, 27)).ShouldBeTrue();
        Vietnam.IsWorkingDay(new DateOnly(2025, 1, 28)).ShouldBeFalse();
        Vietnam.IsWorkingDay(new DateOnly(2025, 2, 3)).ShouldBeFalse();
        Vietnam.IsWorkingDay(new DateOnly(2025, 2, 4)).ShouldBeTrue();
        Vietnam.Describe(new DateOnly(2025, 2, 3)).Kind.ShouldBe(DayKind.Compensatory);
    }

    [Fact]
    public void The_first_working_day_after_Tet_2026_is_the_Monday_after_the_holiday_week()
    {
        Vietnam.NextWorkingDay(new DateOnly(2026, 2, 13)).ShouldBe(new DateOnly(2026, 2, 23));
        Vietnam.PreviousWorkingDay(new DateOnly(2026, 2, 23)).ShouldBe(new DateOnly(2026, 2, 13));
        Vietnam.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 23)).ShouldBe(1);
    }

    [Fact]
    public void An_official_change_replaces_the_default_of_its_date()
    {
        // A year where the notice moves the Quốc khánh adjacent day to 3/9 and swaps Friday 5/9 for Saturday 13/9.
        var calendar = WorkingCalendar.ForVietnam(
        [
            new CalendarDay(new DateOnly(2025, 9, 1), DayKind.Working, "Không nghỉ ngày liền kề trước 2/9", "TB thử nghiệm"),
            new CalendarDay(new DateOnly(2025, 9, 3), DayKind.Holiday, "Quốc khánh (ngày liền kề sau 2/9)", "TB thử nghiệm"),
            new CalendarDay(new DateOnly(2025, 9, 5), DayKind.SwapDayOff, "Hoán đổi", "TB thử nghiệm"),
            new CalendarDay(new DateOnly(2025, 9, 13), DayKind.MakeUpWorkday, "Làm bù cho 5/9", "TB thử nghiệm"),
        ], 2025, 2025);

        calendar.IsWorkingDay(new DateOnly(2025, 9, 1)).ShouldBeTrue();
        calendar.IsWorkingDay(new DateOnly(2025, 9, 3)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2025, 9, 5)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2025, 9, 13)).ShouldBeTrue();
        calendar.Describe(new DateOnly(2025, 9, 13)).Reason.ShouldBe("Làm bù cho 5/9");

        // Mon 1/9, Thu 4/9, Sat 13/9 among the working days from Fri 29/8 to Sat 13/9: 1, 4, 8–12, 13.
        calendar.WorkingDaysBetween(new DateOnly(2025, 8, 29), new DateOnly(2025, 9, 13)).ShouldBe(8);
    }

    [Fact]
    public void Two_official_changes_for_one_date_are_refused() =>
        Should.Throw<ArgumentException>(() => WorkingCalendar.ForVietnam(
        [
            new CalendarDay(new DateOnly(2025, 6, 2), DayKind.LocalDayOff, "A"),
            new CalendarDay(new DateOnly(2025, 6, 2), DayKind.Working, "B"),
        ], 2025, 2025));

    [Fact]
    public void A_year_lists_every_day_with_its_kind()
    {
        var days = Vietnam.DaysOf(2024);

        days.Count.ShouldBe(366);
        days[0].ShouldBe(new CalendarDay(new DateOnly(2024, 1, 1), DayKind.Holiday, "Tết Dương lịch", VietnamHolidays.HolidaySource));

        // 104 weekend days; Tết 10–11/2 and 1/9 fall on weekends, so 8 holidays on weekdays and 3 compensatory days.
        days.Count(d => !d.IsWorking).ShouldBe(104 + 8 + 3);
    }

    [Fact]
    public void Outside_the_loaded_years_only_weekends_are_days_off()
    {
        Vietnam.IsWorkingDay(new DateOnly(2031, 1, 1)).ShouldBeTrue();
        Vietnam.AddWorkingDays(new DateOnly(2030, 12, 31), 1).ShouldBe(new DateOnly(2031, 1, 1));
        Vietnam.AddWorkingDays(new DateOnly(2019, 12, 27), 2).ShouldBe(new DateOnly(2019, 12, 31));
        Vietnam.WorkingDaysBetween(new DateOnly(2019, 12, 30), new DateOnly(2020, 1, 2)).ShouldBe(2);
    }

    [Fact]
    public void Working_hours_skip_the_lunch_break_and_the_night()
    {
        var monday = new DateTimeOffset(2025, 6, 9, 10, 0, 0, TimeSpan.FromHours(7));

        // 10:00–11:30 is 1.5 h, 13:00–15:30 the other 2.5 h.
        Vietnam.AddWorkingHours(monday, 4, OfficeHours.Default).ShouldBe(monday.AddHours(5.5));

        // A count that ends with the morning session ends at 11:30, not at the afternoon opening.
        Vietnam.AddWorkingHours(monday, 1.5m, OfficeHours.Default).ShouldBe(monday.AddHours(1.5));

        // Adding nothing at lunch time gives the afternoon opening.
        Vietnam.AddWorkingHours(monday.AddHours(2), 0, OfficeHours.Default).ShouldBe(monday.AddHours(3));

        Vietnam.WorkingHoursBetween(monday, monday.AddDays(1), OfficeHours.Default).ShouldBe(8);
    }

    [Fact]
    public void An_office_whose_sessions_overlap_is_refused() =>
        Should.Throw<ArgumentException>(() => Vietnam.AddWorkingHours(
            DateTimeOffset.UnixEpoch, 1, OfficeHours.Default with { MorningEnd = new TimeOnly(14, 0) }));

    [Fact]
    public void The_fast_calendar_agrees_with_day_by_day_counting_on_thousands_of_random_questions()
    {
        var random = new Random(20260217);
        foreach (var calendar in new[] { Vietnam, RandomCalendar(random), RandomCalendar(random), WorkingCalendar.WeekendsOnly })
        {
            var naive = new NaiveCalendar(calendar);
            for (var i = 0; i < 1500; i++)
            {
                var date = RandomDate(random);
                var other = RandomDate(random);
                var count = random.Next(0, 400);

                calendar.IsWorkingDay(date).ShouldBe(naive.IsWorkingDay(date), $"IsWorkingDay({date})");
                calendar.AddWorkingDays(date, count).ShouldBe(naive.AddWorkingDays(date, count), $"AddWorkingDays({date}, {count})");
                calendar.WorkingDaysBetween(date, other).ShouldBe(naive.WorkingDaysBetween(date, other), $"Between({date}, {other})");
            }
        }
    }

    [Fact]
    public void Fast_working_hours_agree_with_walking_the_sessions_on_thousands_of_random_questions()
    {
        var random = new Random(19850121);
        var offices = new[]
        {
            OfficeHours.Default,
            new OfficeHours(new TimeOnly(7, 0), new TimeOnly(11, 0), new TimeOnly(13, 30), new TimeOnly(17, 30), new TimeOnly(16, 0)),
            new OfficeHours(new TimeOnly(8, 0), new TimeOnly(12, 0), new TimeOnly(12, 0), new TimeOnly(16, 0), new TimeOnly(15, 0)),
        };
        foreach (var calendar in new[] { Vietnam, RandomCalendar(random) })
        {
            var naive = new NaiveCalendar(calendar);
            for (var i = 0; i < 1500; i++)
            {
                var office = offices[random.Next(offices.Length)];
                var start = RandomInstant(random);
                var end = start.AddMinutes(random.Next(0, 60 * 24 * 60));
                var hours = random.Next(0, 4 * 200) / 4m;

                calendar.AddWorkingHours(start, hours, office)
                    .ShouldBe(naive.AddWorkingHours(start, hours, office), $"AddWorkingHours({start}, {hours})");
                calendar.WorkingHoursBetween(start, end, office)
                    .ShouldBe(naive.WorkingHoursBetween(start, end, office), $"Between({start}, {end})");
            }
        }
    }

    private static WorkingCalendar RandomCalendar(Random random)
    {
        var kinds = Enum.GetValues<DayKind>();
        var days = new Dictionary<DateOnly, CalendarDay>();
        for (var i = 0; i < 400; i++)
        {
            var date = new DateOnly(2022, 1, 1).AddDays(random.Next(0, 365 * 6));
            days[date] = new CalendarDay(date, kinds[random.Next(kinds.Length)]);
        }

        return new WorkingCalendar(days.Values);
    }

    private static DateOnly RandomDate(Random random) => new DateOnly(2016, 1, 1).AddDays(random.Next(0, 365 * 20));

    private static DateTimeOffset RandomInstant(Random random) =>
        new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.FromHours(7))
            .AddMinutes(random.Next(0, 60 * 24 * 365 * 20))
            .ToOffset(TimeSpan.FromHours(random.Next(2) == 0 ? 0 : 7));
}
