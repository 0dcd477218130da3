namespace MotCua.Kernel.Calendar;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch); <see cref="IsLeapMonth"/> marks a tháng nhuận.</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() => $"{Day}/{Month}{(IsLeapMonth ? " nhuận" : "")}/{Year}";
}

/// <summary>
/// The Vietnamese lunisolar calendar by the astronomical method of Hồ Ngọc Đức ("Âm lịch Việt Nam"): a month
/// starts on the local day of the new moon, month 11 is the month containing the winter solstice, and in a
/// year of 13 months the first month without a major solar term (trung khí) is the leap month. Days are
/// counted at the meridian of Vietnam (UTC+7, in force since 1968), which is why Vietnam's Tết sometimes differs
/// from China's (UTC+8), e.g. 21/1/1985 against 20/2/1985 and 17/2/2007 against 18/2/2007 (DOMAIN B §7.2).
/// New moons use Meeus' approximation ("Astronomical Algorithms", ch. 49 abridged), accurate to a few minutes
/// in 1900–2199, the range the working calendar needs.
/// </summary>
public static class LunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    private const double TimeZoneHours = 7.0;
    private const double SynodicMonth = 29.530588853;

    // Julian day number of the new moon of 1900-01-01, the origin of the lunation numbers k below.
    private const double FirstNewMoonJd = 2415021.076998695;

    // DateOnly.DayNumber counts from 0001-01-01 (proleptic Gregorian), whose Julian day number is 1721426.
    private const int JulianDayOfDayNumberZero = 1721426;

    /// <summary>The lunar date of a solar (Gregorian) date.</summary>
    public static LunarDate FromSolar(DateOnly date)
    {
        EnsureInRange(date.Year, nameof(date));
        var jd = JulianDay(date);
        var k = (int)Math.Floor((jd - FirstNewMoonJd) / SynodicMonth);
        // k comes from the mean lunation; the true new moon can be a day or more either side of it.
        var monthStart = NewMoonDay(k + 1);
        while (monthStart > jd)
        {
            monthStart = NewMoonDay(k--);
        }

        var a11 = Month11Start(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11Start(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11Start(date.Year + 1);
        }

        var day = jd - monthStart + 1;
        var diff = (monthStart - a11) / 29;
        var isLeap = false;
        var month = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            if (diff >= leapOffset)
            {
                month = diff + 10;
                isLeap = diff == leapOffset;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }

        return new LunarDate(lunarYear, month, day, isLeap);
    }

    /// <summary>The solar date of a lunar date, or null when that date does not exist (no such leap month, or day 30 of a 29-day month).</summary>
    public static DateOnly? TryToSolar(LunarDate lunar)
    {
        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30 || lunar.Year < MinYear || lunar.Year > MaxYear)
        {
            return null;
        }

        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = Month11Start(lunar.Year - 1);
            b11 = Month11Start(lunar.Year);
        }
        else
        {
            a11 = Month11Start(lunar.Year);
            b11 = Month11Start(lunar.Year + 1);
        }

        var k = (int)Math.Floor(0.5 + ((a11 - FirstNewMoonJd) / SynodicMonth));
        var offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
            {
                return null;
            }

            if (lunar.IsLeapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (lunar.IsLeapMonth)
        {
            return null;
        }

        var monthStart = NewMoonDay(k + offset);
        var nextMonthStart = NewMoonDay(k + offset + 1);
        return lunar.Day > nextMonthStart - monthStart ? null : FromJulianDay(monthStart + lunar.Day - 1);
    }

    /// <summary>The solar date of a lunar date; throws when the date does not exist.</summary>
    public static DateOnly ToSolar(LunarDate lunar) =>
        TryToSolar(lunar) ?? throw new ArgumentOutOfRangeException(nameof(lunar), lunar, "No such lunar date.");

    /// <summary>Mùng 1 Tết: the first day of the lunar year that begins in solar year <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(new LunarDate(year, 1, 1));

    /// <summary>The leap month of a lunar year (1–12), or null when the year has 12 months.</summary>
    public static int? LeapMonthOf(int lunarYear)
    {
        for (var month = 1; month <= 12; month++)
        {
            if (TryToSolar(new LunarDate(lunarYear, month, 1, IsLeapMonth: true)) is not null)
            {
                return month;
            }
        }

        return null;
    }

    private static void EnsureInRange(int year, string parameter)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameter, year, $"The lunar conversion covers {MinYear}–{MaxYear}.");
        }
    }

    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    private static DateOnly FromJulianDay(int jd) => DateOnly.FromDayNumber(jd - JulianDayOfDayNumberZero);

    /// <summary>The Julian day (a local day in UTC+7) on which the k-th new moon after 1900-01-01 falls.</summary>
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + (TimeZoneHours / 24));

    /// <summary>The start of lunar month 11 (the month of the winter solstice) of solar year <paramref name="year"/>.</summary>
    private static int Month11Start(int year)
    {
        var offset = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);

        // A new moon at or after the sun reaches 270° (sector 9) belongs to the following month 11.
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>How many months after month 11 the leap month comes, in a 13-month year starting at <paramref name="a11"/>.</summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor(((a11 - FirstNewMoonJd) / SynodicMonth) + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);

        return i - 1;
    }

    /// <summary>The 30° sector (0–11) of the sun's longitude at local midnight starting Julian day <paramref name="jd"/>.</summary>
    private static int SunLongitudeSector(int jd) =>
        (int)Math.Floor(SunLongitude(jd - 0.5 - (TimeZoneHours / 24)) / Math.PI * 6);

    /// <summary>The k-th new moon after 1900-01-01 as a Julian date (UT), by Meeus' abridged series.</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));

        // ΔT (TT − UT) in days, so the result is in universal time.
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians, normalised to [0, 2π), at Julian date <paramref name="jd"/>.</summary>
    private static double SunLongitude(double jd)
    {
        var t = (jd - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m);
        dl += ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        var l = (l0 + dl) * dr;
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }
}
