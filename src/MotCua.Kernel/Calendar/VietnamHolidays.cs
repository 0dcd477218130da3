namespace MotCua.Kernel.Calendar;

/// <summary>
/// The public holidays the Labour Code gives every year, before any official notice (DOMAIN A4, B §7.2).
/// The Prime Minister picks the exact Tết days and the day next to 2/9 each year; those choices, swaps and
/// make-up days are loaded as data over these defaults (<see cref="WorkingCalendar.ForVietnam"/>).
/// </summary>
public static class VietnamHolidays
{
    public const string HolidaySource = "Bộ luật Lao động 2019, Điều 112";
    public const string CompensationSource = "Bộ luật Lao động 2019, Điều 111 khoản 3";

    /// <summary>The statutory holidays of a solar year and the compensatory days they give, in date order.</summary>
    public static IReadOnlyList<CalendarDay> DefaultsFor(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, LunarCalendar.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LunarCalendar.MaxYear);

        var holidays = new SortedDictionary<DateOnly, string>();
        void Add(DateOnly date, string reason) =>
            holidays[date] = holidays.TryGetValue(date, out var other) ? $"{other}; {reason}" : reason;

        // BLLĐ 2019 Đ112.1.a: Tết Dương lịch, 1 day.
        Add(new DateOnly(year, 1, 1), "Tết Dương lịch");

        // Đ112.1.b: Tết Âm lịch, 5 days chosen yearly; default the last day of the old year and mùng 1–4.
        var tet = LunarCalendar.NewYear(year);
        Add(tet.AddDays(-1), "Tết Nguyên đán (ngày cuối năm Âm lịch)");
        for (var i = 0; i < 4; i++)
        {
            Add(tet.AddDays(i), $"Tết Nguyên đán (mùng {i + 1} Tết)");
        }

        // Đ112.1.e: Giỗ Tổ Hùng Vương, 10/3 Âm lịch.
        Add(LunarCalendar.ToSolar(new LunarDate(year, 3, 10)), "Giỗ Tổ Hùng Vương (10/3 Âm lịch)");

        // Đ112.1.c and d.
        Add(new DateOnly(year, 4, 30), "Ngày Chiến thắng (30/4)");
        Add(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");

        // Đ112.1.đ: Quốc khánh, 2/9 and one adjacent day chosen yearly; default 1/9.
        Add(new DateOnly(year, 9, 1), "Quốc khánh (ngày liền kề 2/9)");
        Add(new DateOnly(year, 9, 2), "Quốc khánh (2/9)");

        var result = holidays
            .Select(h => new CalendarDay(h.Key, DayKind.Holiday, h.Value, HolidaySource))
            .ToList();

        // Đ111.3: a holiday on the weekly rest day (Saturday or Sunday for the civil service) gives the next working
        // day off; several in a row (30/4 Saturday, 1/5 Sunday) take the next working days in turn.
        var taken = new HashSet<DateOnly>(holidays.Keys);
        foreach (var (date, reason) in holidays)
        {
            if (!IsWeekend(date))
            {
                continue;
            }

            var off = date.AddDays(1);
            while (IsWeekend(off) || taken.Contains(off))
            {
                off = off.AddDays(1);
            }

            taken.Add(off);
            result.Add(new CalendarDay(off, DayKind.Compensatory, $"Nghỉ bù {reason}", CompensationSource));
        }

        result.Sort((a, b) => a.Date.CompareTo(b.Date));
        return result;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
