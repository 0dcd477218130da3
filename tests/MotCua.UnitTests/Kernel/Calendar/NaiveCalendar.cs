using MotCua.Kernel.Calendar;

namespace MotCua.UnitTests.Kernel.Calendar;

/// <summary>
/// The obvious day-by-day loops: the reference the fast calendar must agree with in the unit tests, and the baseline
/// of the calendar benchmarks (bench/MotCua.Benchmarks links this file).
/// </summary>
internal sealed class NaiveCalendar(WorkingCalendar calendar)
{
    public bool IsWorkingDay(DateOnly date) => calendar.Describe(date).IsWorking;

    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
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

    public DateTimeOffset Due(DateTimeOffset received, int days, OfficeHours office)
    {
        var local = VietnamTime.Of(received);
        var day = DateOnly.FromDateTime(local.DateTime);
        var receiptDay = !IsWorkingDay(day) || TimeOnly.FromDateTime(local.DateTime) > office.CutOff ? AddWorkingDays(day, 1) : day;
        return VietnamTime.At(AddWorkingDays(receiptDay, days), office.AfternoonEnd);
    }

    public DateTimeOffset AddWorkingHours(DateTimeOffset start, decimal hours, OfficeHours office)
    {
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

    public decimal WorkingHoursBetween(DateTimeOffset from, DateTimeOffset to, OfficeHours office)
    {
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

        return (decimal)total.Ticks / TimeSpan.TicksPerHour;
    }

    private static (TimeOnly Open, TimeOnly Close)[] Sessions(OfficeHours office) =>
        [(office.MorningStart, office.MorningEnd), (office.AfternoonStart, office.AfternoonEnd)];
}
