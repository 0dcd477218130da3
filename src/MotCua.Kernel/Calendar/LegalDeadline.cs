namespace MotCua.Kernel.Calendar;

/// <summary>Trước hạn / đúng hạn / quá hạn, as the 766 index and the statutory reports judge it (DOMAIN A3).</summary>
public enum Timeliness
{
    Early = 1,
    OnTime = 2,
    Late = 3,
}

/// <summary>The appointment date (ngày hẹn trả) and its judgement: DOMAIN A3 and B §3.4.</summary>
public static class LegalDeadline
{
    /// <summary>
    /// The day the count hangs on: the receipt day, or the next working day when received on a non-working day
    /// or after the cut-off hour (NĐ 61/2018 Đ18).
    /// </summary>
    public static DateOnly ReceiptDay(DateTimeOffset received, WorkingCalendar calendar, OfficeHours office)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(office);
        var local = VietnamTime.Of(received);
        var day = DateOnly.FromDateTime(local.DateTime);
        return !calendar.IsWorkingDay(day) || TimeOnly.FromDateTime(local.DateTime) >= office.CutOff
            ? calendar.NextWorkingDay(day)
            : day;
    }

    /// <summary>The legal due instant for a time limit counted from <paramref name="received"/>.</summary>
    public static DateTimeOffset Due(DateTimeOffset received, LegalDuration duration, WorkingCalendar calendar, OfficeHours office)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(office);
        ArgumentOutOfRangeException.ThrowIfNegative(duration.Amount);
        var receiptDay = ReceiptDay(received, calendar, office);
        switch (duration.Unit)
        {
            case DurationUnit.WorkingHours:
                return calendar.AddWorkingHours(StartOfCount(received, receiptDay, office), duration.Amount, office);

            case DurationUnit.WorkingDays:
                var whole = (int)decimal.Truncate(duration.Amount);
                var fraction = duration.Amount - whole;
                if (fraction == 0)
                {
                    // BLDS 2015 Đ147: the count starts the day after; the due instant is the close of the N-th day.
                    // A limit of 0 days (trả ngay) is due by the close of the receipt day.
                    return VietnamTime.At(calendar.AddWorkingDays(receiptDay, whole), office.AfternoonEnd);
                }

                // Half days count as 4 working hours from the start of the day after receipt (DOMAIN A3).
                var afterWhole = VietnamTime.At(calendar.AddWorkingDays(receiptDay, whole + 1), office.MorningStart);
                return calendar.AddWorkingHours(afterWhole, fraction * 8, office);

            case DurationUnit.CalendarDays:
                // BLDS 2015 Đ147–148: calendar days, and a last day off moves to the next working day.
                var last = receiptDay.AddDays((int)decimal.Ceiling(duration.Amount));
                return VietnamTime.At(calendar.OnOrNextWorkingDay(last), office.AfternoonEnd);

            case DurationUnit.Months:
                var end = receiptDay.AddMonths((int)decimal.Ceiling(duration.Amount));
                return VietnamTime.At(calendar.OnOrNextWorkingDay(end), office.AfternoonEnd);

            default:
                throw new ArgumentOutOfRangeException(nameof(duration), duration.Unit, "Unknown duration unit.");
        }
    }

    /// <summary>
    /// Moves a due instant past a pause (waiting for a financial obligation, DOMAIN A3): by the working hours the
    /// pause took for hour limits, by the working days it spanned otherwise.
    /// </summary>
    public static DateTimeOffset Resume(
        DateTimeOffset due, DateTimeOffset pausedAt, DateTimeOffset resumedAt, DurationUnit unit, WorkingCalendar calendar, OfficeHours office)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(office);
        if (unit == DurationUnit.WorkingHours)
        {
            return calendar.AddWorkingHours(due, calendar.WorkingHoursBetween(pausedAt, resumedAt, office), office);
        }

        var days = calendar.WorkingDaysBetween(VietnamTime.DateOf(pausedAt), VietnamTime.DateOf(resumedAt));
        var dueLocal = VietnamTime.Of(due);
        var newDate = calendar.AddWorkingDays(DateOnly.FromDateTime(dueLocal.DateTime), Math.Max(0, days));
        return VietnamTime.At(newDate, TimeOnly.FromDateTime(dueLocal.DateTime));
    }

    /// <summary>
    /// By calendar date: an earlier date is early; the same date and not after the due instant is on time;
    /// anything else is late (DOMAIN A3).
    /// </summary>
    public static Timeliness Judge(DateTimeOffset end, DateTimeOffset due)
    {
        var endDate = VietnamTime.DateOf(end);
        var dueDate = VietnamTime.DateOf(due);
        return endDate < dueDate ? Timeliness.Early
            : endDate == dueDate && end <= due ? Timeliness.OnTime
            : Timeliness.Late;
    }

    private static DateTimeOffset StartOfCount(DateTimeOffset received, DateOnly receiptDay, OfficeHours office) =>
        VietnamTime.DateOf(received) == receiptDay ? VietnamTime.Of(received) : VietnamTime.At(receiptDay, office.MorningStart);
}
