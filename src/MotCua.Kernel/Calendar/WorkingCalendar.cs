namespace MotCua.Kernel.Calendar;

/// <summary>
/// Working days: Monday to Friday unless a listed day says otherwise (holidays, compensatory days, official swaps,
/// make-up Saturdays, local days off). Pure: the days come in as data; nothing here reads the clock.
/// </summary>
/// <remarks>
/// Every operation is O(1) except <see cref="Describe"/> (a dictionary look-up). The calendar keeps a prefix count
/// of working days over the span of its listed days ("rank" of a day = working days before it) and the list of
/// those working days (inverse of the rank). Outside that span only weekends are non-working, and the rank has a
/// closed form, so the answers stay exact for any date.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> days;

    // The covered span [spanStart, spanEnd) as DateOnly.DayNumber values.
    private readonly int spanStart;
    private readonly int spanEnd;

    // prefix[i]: working days in [spanStart, spanStart + i); length spanEnd - spanStart + 1.
    private readonly int[] prefix;

    // workingOffsets[j]: offset from spanStart of the j-th working day of the span.
    private readonly int[] workingOffsets;

    // Rank of spanStart and of spanEnd (working days before them).
    private readonly long rankAtStart;
    private readonly long rankAtEnd;

    public WorkingCalendar(IEnumerable<CalendarDay> exceptions)
        : this(exceptions, null, null)
    {
    }

    private WorkingCalendar(IEnumerable<CalendarDay> exceptions, DateOnly? coverFrom, DateOnly? coverTo)
    {
        ArgumentNullException.ThrowIfNull(exceptions);
        days = exceptions.ToDictionary(d => d.Date);
        if (days.Count == 0 && coverFrom is null)
        {
            prefix = [0];
            workingOffsets = [];
            return;
        }

        var first = days.Count == 0 ? coverFrom!.Value : days.Keys.Min();
        var last = days.Count == 0 ? coverTo!.Value : days.Keys.Max();
        if (coverFrom is { } from && from < first)
        {
            first = from;
        }

        if (coverTo is { } to && to > last)
        {
            last = to;
        }

        spanStart = first.DayNumber;
        spanEnd = last.DayNumber + 1;
        var length = spanEnd - spanStart;
        prefix = new int[length + 1];
        var offsets = new List<int>(length);
        for (var i = 0; i < length; i++)
        {
            var working = days.TryGetValue(DateOnly.FromDayNumber(spanStart + i), out var listed)
                ? listed.IsWorking
                : IsWeekday(spanStart + i);
            prefix[i + 1] = prefix[i] + (working ? 1 : 0);
            if (working)
            {
                offsets.Add(i);
            }
        }

        workingOffsets = [.. offsets];
        rankAtStart = WeekdaysBefore(spanStart);
        rankAtEnd = rankAtStart + prefix[length];
    }

    /// <summary>Monday to Friday, no holidays: for tests and for a province that has loaded nothing yet.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([]);

    /// <summary>
    /// Vietnam's calendar for <paramref name="fromYear"/>–<paramref name="toYear"/>: the Labour Code's holidays and
    /// compensatory days (<see cref="VietnamHolidays.DefaultsFor"/>), then the official changes, each of which
    /// replaces whatever the defaults said about its date (a <see cref="DayKind.Working"/> entry cancels a default).
    /// Outside the range only weekends are days off.
    /// </summary>
    public static WorkingCalendar ForVietnam(IEnumerable<CalendarDay> officialChanges, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(officialChanges);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromYear, LunarCalendar.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toYear, LunarCalendar.MaxYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromYear, toYear);

        var merged = new Dictionary<DateOnly, CalendarDay>();
        for (var year = fromYear; year <= toYear; year++)
        {
            foreach (var day in VietnamHolidays.DefaultsFor(year))
            {
                merged[day.Date] = day;
            }
        }

        var seen = new HashSet<DateOnly>();
        foreach (var change in officialChanges)
        {
            if (!seen.Add(change.Date))
            {
                throw new ArgumentException($"Two official changes for {change.Date:yyyy-MM-dd}.", nameof(officialChanges));
            }

            merged[change.Date] = change;
        }

        return new WorkingCalendar(merged.Values, new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31));
    }

    public CalendarDay Describe(DateOnly date) =>
        days.TryGetValue(date, out var day) ? day : new CalendarDay(date, DefaultKind(date));

    /// <summary>Every day of a year with its kind and reason, for the published calendar.</summary>
    public IReadOnlyList<CalendarDay> DaysOf(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var count = DateTime.IsLeapYear(year) ? 366 : 365;
        var list = new CalendarDay[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = Describe(first.AddDays(i));
        }

        return list;
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var offset = date.DayNumber - spanStart;
        return (uint)offset < (uint)(spanEnd - spanStart)
            ? prefix[offset + 1] != prefix[offset]
            : IsWeekday(date.DayNumber);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date) => DateOnly.FromDayNumber(Select(Rank(date.DayNumber) - 1));

    /// <summary><paramref name="date"/> itself when it is a working day, else the next one.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>The <paramref name="count"/>-th working day strictly after <paramref name="date"/>; 0 gives the date itself.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count == 0 ? date : DateOnly.FromDayNumber(Select(Rank(date.DayNumber + 1) + count - 1));
    }

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        (int)(Rank(to.DayNumber + 1) - Rank(from.DayNumber + 1));

    /// <summary>
    /// Adds working hours inside office sessions, starting at <paramref name="start"/> or at the next opening
    /// (DOMAIN A3, "giờ làm việc"). The result is the earliest instant at which that much working time has
    /// passed (a count ending with the morning session ends at its close, not at the afternoon opening); adding
    /// zero gives the next instant the office is open. The result is in Vietnam time.
    /// </summary>
    public DateTimeOffset AddWorkingHours(DateTimeOffset start, decimal hours, OfficeHours office)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        var sessions = new Sessions(office);
        var target = WorkingTicksUntil(start, sessions) + (long)decimal.Round(hours * TimeSpan.TicksPerHour);
        return hours == 0 ? sessions.OpenInstantAt(target, this) : sessions.EarliestInstantAt(target, this);
    }

    /// <summary>Working hours inside office sessions between two instants (0 when <paramref name="to"/> is not later).</summary>
    public decimal WorkingHoursBetween(DateTimeOffset from, DateTimeOffset to, OfficeHours office)
    {
        var sessions = new Sessions(office);
        if (to <= from)
        {
            return 0;
        }

        return (decimal)(WorkingTicksUntil(to, sessions) - WorkingTicksUntil(from, sessions)) / TimeSpan.TicksPerHour;
    }

    private static DayKind DefaultKind(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Working;

    // DayNumber 0 (0001-01-01) is a Monday, so weekdays repeat as 5 working days then 2 days off.
    private static bool IsWeekday(int dayNumber) => dayNumber % 7 < 5;

    private static long WeekdaysBefore(int dayNumber) => (5L * (dayNumber / 7)) + Math.Min(dayNumber % 7, 5);

    private static int NthWeekday(long rank) => checked((int)((7 * (rank / 5)) + (rank % 5)));

    /// <summary>Working days strictly before the day <paramref name="dayNumber"/>, from 0001-01-01.</summary>
    private long Rank(int dayNumber) =>
        dayNumber <= spanStart ? WeekdaysBefore(dayNumber)
        : dayNumber <= spanEnd ? rankAtStart + prefix[dayNumber - spanStart]
        : rankAtEnd + WeekdaysBefore(dayNumber) - WeekdaysBefore(spanEnd);

    /// <summary>The working day whose <see cref="Rank"/> is <paramref name="rank"/>.</summary>
    private int Select(long rank) =>
        rank < rankAtStart ? NthWeekday(rank)
        : rank < rankAtEnd ? spanStart + workingOffsets[rank - rankAtStart]
        : NthWeekday(rank - rankAtEnd + WeekdaysBefore(spanEnd));

    /// <summary>Working time (ticks) from 0001-01-01 until <paramref name="instant"/>: whole working days before its date plus the session time elapsed on it.</summary>
    private long WorkingTicksUntil(DateTimeOffset instant, Sessions sessions)
    {
        var local = VietnamTime.Of(instant).DateTime;
        var date = DateOnly.FromDateTime(local);
        var elapsed = IsWorkingDay(date) ? sessions.ElapsedAt(TimeOnly.FromDateTime(local)) : 0;
        return (Rank(date.DayNumber) * sessions.DayTicks) + elapsed;
    }

    /// <summary>The two office sessions of a day, in ticks.</summary>
    private readonly struct Sessions
    {
        private readonly long morningStart;
        private readonly long morningTicks;
        private readonly long afternoonStart;
        private readonly long afternoonTicks;

        public Sessions(OfficeHours office)
        {
            ArgumentNullException.ThrowIfNull(office);
            if (office.MorningStart > office.MorningEnd || office.MorningEnd > office.AfternoonStart
                || office.AfternoonStart > office.AfternoonEnd || office.MorningStart == office.AfternoonEnd)
            {
                throw new ArgumentException("Office sessions must be ordered and not empty.", nameof(office));
            }

            morningStart = office.MorningStart.Ticks;
            morningTicks = office.MorningEnd.Ticks - morningStart;
            afternoonStart = office.AfternoonStart.Ticks;
            afternoonTicks = office.AfternoonEnd.Ticks - afternoonStart;
        }

        public long DayTicks => morningTicks + afternoonTicks;

        public long ElapsedAt(TimeOnly time) =>
            Math.Clamp(time.Ticks - morningStart, 0, morningTicks) + Math.Clamp(time.Ticks - afternoonStart, 0, afternoonTicks);

        /// <summary>The earliest instant at which <paramref name="target"/> working ticks have passed.</summary>
        public DateTimeOffset EarliestInstantAt(long target, WorkingCalendar calendar)
        {
            var rank = (target - 1) / DayTicks;
            return At(calendar, rank, target - (rank * DayTicks), afterMorning: true);
        }

        /// <summary>The instant the office is open with <paramref name="target"/> working ticks passed (the next opening on a boundary).</summary>
        public DateTimeOffset OpenInstantAt(long target, WorkingCalendar calendar)
        {
            var rank = target / DayTicks;
            return At(calendar, rank, target - (rank * DayTicks), afterMorning: false);
        }

        private DateTimeOffset At(WorkingCalendar calendar, long rank, long intoDay, bool afterMorning)
        {
            var date = DateOnly.FromDayNumber(calendar.Select(rank));
            var inMorning = afterMorning ? intoDay <= morningTicks : intoDay < morningTicks;
            var ticks = inMorning ? morningStart + intoDay : afternoonStart + intoDay - morningTicks;
            return VietnamTime.At(date, new TimeOnly(ticks));
        }
    }
}
