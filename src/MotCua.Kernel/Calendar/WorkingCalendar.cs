namespace MotCua.Kernel.Calendar;

/// <summary>
/// Working days: Monday to Friday unless a listed day says otherwise (holidays, compensatory days, official swaps,
/// make-up Saturdays, local days off). Pure: the days come in as data; nothing here reads the clock.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> days;

    public WorkingCalendar(IEnumerable<CalendarDay> exceptions)
    {
        ArgumentNullException.ThrowIfNull(exceptions);
        days = exceptions.ToDictionary(d => d.Date);
    }

    /// <summary>Monday to Friday, no holidays: for tests and for a province that has loaded nothing yet.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([]);

    public CalendarDay Describe(DateOnly date) =>
        days.TryGetValue(date, out var day) ? day
        : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? new CalendarDay(date, DayKind.Weekend)
        : new CalendarDay(date, DayKind.Working);

    public bool IsWorkingDay(DateOnly date) => Describe(date).IsWorking;

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary><paramref name="date"/> itself when it is a working day, else the next one.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>The <paramref name="count"/>-th working day strictly after <paramref name="date"/>; 0 gives the date itself.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var current = date;
        while (count > 0)
        {
            current = current.AddDays(1);
            if (IsWorkingDay(current))
            {
                count--;
            }
        }

        return current;
    }

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Adds working hours inside office sessions, starting at <paramref name="start"/> or at the next opening
    /// (DOMAIN A3, "giờ làm việc"). The result is in Vietnam time.
    /// </summary>
    public DateTimeOffset AddWorkingHours(DateTimeOffset start, decimal hours, OfficeHours office)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        ArgumentNullException.ThrowIfNull(office);
        var local = VietnamTime.Of(start);
        var remaining = TimeSpan.FromHours((double)hours);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        while (true)
        {
            if (IsWorkingDay(date))
            {
                foreach (var (open, close) in Sessions(office))
                {
                    if (time >= close)
                    {
                        continue;
                    }

                    var from = time > open ? time : open;
                    var available = close - from;
                    if (remaining <= available)
                    {
                        return VietnamTime.At(date, from.Add(remaining));
                    }

                    remaining -= available;
                    time = close;
                }
            }

            date = date.AddDays(1);
            time = TimeOnly.MinValue;
        }
    }

    /// <summary>Working hours inside office sessions between two instants (0 when <paramref name="to"/> is not later).</summary>
    public decimal WorkingHoursBetween(DateTimeOffset from, DateTimeOffset to, OfficeHours office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var start = VietnamTime.Of(from).DateTime;
        var end = VietnamTime.Of(to).DateTime;
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(start); date <= DateOnly.FromDateTime(end); date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            foreach (var (open, close) in Sessions(office))
            {
                var sessionStart = date.ToDateTime(open);
                var sessionEnd = date.ToDateTime(close);
                var overlapStart = sessionStart > start ? sessionStart : start;
                var overlapEnd = sessionEnd < end ? sessionEnd : end;
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }
        }

        return (decimal)total.TotalHours;
    }

    private static (TimeOnly Open, TimeOnly Close)[] Sessions(OfficeHours office) =>
        [(office.MorningStart, office.MorningEnd), (office.AfternoonStart, office.AfternoonEnd)];
}
