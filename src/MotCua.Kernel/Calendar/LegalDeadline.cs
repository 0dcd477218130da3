namespace MotCua.Kernel.Calendar;

/// <summary>Trước hạn / đúng hạn / quá hạn, as the 766 index and the statutory reports judge it (DOMAIN A3).</summary>
public enum Timeliness
{
    Early = 1,
    OnTime = 2,
    Late = 3,
}

/// <summary>
/// The appointment date (ngày hẹn trả) and its judgement: DOMAIN A3 and B §3.4. Small pure functions over a
/// <see cref="WorkingCalendar"/> and a unit's <see cref="OfficeHours"/>; the dossier keeps the instants.
/// </summary>
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

        // NĐ 61/2018 Đ18: "sau 15 giờ" — a dossier received at the cut-off itself still counts from that day.
        return !calendar.IsWorkingDay(day) || TimeOnly.FromDateTime(local.DateTime) > office.CutOff
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
                // BLDS 2015 Đ147.1: a period in hours starts at the moment itself (or at the next opening).
                return calendar.AddWorkingHours(StartOfCount(received, receiptDay, office), duration.Amount, office);

            case DurationUnit.WorkingDays:
                if (duration.Amount == 0)
                {
                    // Trả ngay: due by the close of the receipt day.
                    return VietnamTime.At(receiptDay, office.AfternoonEnd);
                }

                // BLDS 2015 Đ147.2: the count starts the working day after the receipt day; N whole days end at the
                // close of the N-th working day, and a half day is half a working day (4 h of 8, DOMAIN A3).
                var firstDay = calendar.NextWorkingDay(receiptDay);
                return calendar.AddWorkingHours(
                    VietnamTime.At(firstDay, office.MorningStart), duration.Amount * office.HoursPerDay, office);

            case DurationUnit.CalendarDays:
                // BLDS 2015 Đ147–148: calendar days from the day after, and a last day off moves to the next working day.
                return CloseOfOrNext(receiptDay.AddDays(WholeDays(duration.Amount)), calendar, office);

            case DurationUnit.Months:
                // BLDS 2015 Đ148.3: the same day N months later (the month's last day when it has no such day);
                // a part of a month counts 30 days to the month (Đ145.2: nửa tháng là 15 ngày).
                var months = (int)decimal.Truncate(duration.Amount);
                var end = receiptDay.AddMonths(months).AddDays(WholeDays((duration.Amount - months) * 30));
                return CloseOfOrNext(end, calendar, office);

            default:
                throw new ArgumentOutOfRangeException(nameof(duration), duration.Unit, "Unknown duration unit.");
        }
    }

    /// <summary>
    /// The new legal due instant after a supplement requested during processing: the time limit restarts from
    /// zero at the complete re-submission, which is a receipt like any other (NĐ 61/2018 Đ19.4).
    /// </summary>
    public static DateTimeOffset RestartAfterSupplement(
        DateTimeOffset resubmitted, LegalDuration duration, WorkingCalendar calendar, OfficeHours office) =>
        Due(resubmitted, duration, calendar, office);

    /// <summary>
    /// Moves a due instant past a pause (waiting for the applicant's financial obligation, DOMAIN A3). Hour limits
    /// move by the working time the pause took. Working-day limits move by that working time rounded up to whole
    /// working days, keeping the due's time of day, so a due stays at a close of office hours (IMPL: A3 says the
    /// pause is subtracted but not in which unit; a day partly lost counts as lost). Calendar-day and month limits
    /// move by the calendar days the pause took, rounded up, then to a working day.
    /// </summary>
    public static DateTimeOffset Resume(
        DateTimeOffset due, DateTimeOffset pausedAt, DateTimeOffset resumedAt, DurationUnit unit, WorkingCalendar calendar, OfficeHours office)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(office);
        if (resumedAt <= pausedAt)
        {
            return due;
        }

        var dueLocal = VietnamTime.Of(due);
        var dueDate = DateOnly.FromDateTime(dueLocal.DateTime);
        var dueTime = TimeOnly.FromDateTime(dueLocal.DateTime);
        switch (unit)
        {
            case DurationUnit.WorkingHours:
                return calendar.AddWorkingHours(due, calendar.WorkingHoursBetween(pausedAt, resumedAt, office), office);

            case DurationUnit.WorkingDays:
                var lost = calendar.WorkingHoursBetween(pausedAt, resumedAt, office) / office.HoursPerDay;
                return VietnamTime.At(calendar.AddWorkingDays(dueDate, (int)decimal.Ceiling(lost)), dueTime);

            case DurationUnit.CalendarDays or DurationUnit.Months:
                var days = (int)Math.Ceiling((resumedAt - pausedAt).TotalDays);
                return VietnamTime.At(calendar.OnOrNextWorkingDay(dueDate.AddDays(days)), dueTime);

            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown duration unit.");
        }
    }

    /// <summary>
    /// The due instant of an internal or inter-agency step (DOMAIN A3, B §3.4 item 8): its budget in working time
    /// from the instant the step starts, with no cut-off and no "day after" rule. A budget of N working days is
    /// N × the unit's working hours per day from the start (a step started at 10:00 with 1 day is due at 10:00 the
    /// next working day); a start outside office hours counts from the next opening. Calendar-day and month
    /// budgets end at the same time of day N days or months later, moved to a working day.
    /// </summary>
    public static DateTimeOffset StepDue(DateTimeOffset stepStart, LegalDuration budget, WorkingCalendar calendar, OfficeHours office)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(office);
        ArgumentOutOfRangeException.ThrowIfNegative(budget.Amount);
        var local = VietnamTime.Of(stepStart);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return budget.Unit switch
        {
            DurationUnit.WorkingHours => calendar.AddWorkingHours(stepStart, budget.Amount, office),
            DurationUnit.WorkingDays => calendar.AddWorkingHours(stepStart, budget.Amount * office.HoursPerDay, office),
            DurationUnit.CalendarDays => VietnamTime.At(calendar.OnOrNextWorkingDay(date.AddDays(WholeDays(budget.Amount))), time),
            DurationUnit.Months => VietnamTime.At(calendar.OnOrNextWorkingDay(date.AddMonths((int)decimal.Ceiling(budget.Amount))), time),
            _ => throw new ArgumentOutOfRangeException(nameof(budget), budget.Unit, "Unknown duration unit."),
        };
    }

    /// <summary>
    /// The latest instant to send the apology and new appointment (form 04): the close of the working day before
    /// the due date (NĐ 61/2018 Đ19.9: "chậm nhất 01 ngày trước ngày hết hạn").
    /// </summary>
    public static DateTimeOffset ApologyDeadline(DateTimeOffset due, WorkingCalendar calendar, OfficeHours office)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(office);
        return VietnamTime.At(calendar.PreviousWorkingDay(VietnamTime.DateOf(due)), office.AfternoonEnd);
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

    /// <summary>A dossier still in progress is overdue once the due instant has passed (DOMAIN A3, "quá hạn").</summary>
    public static bool IsOverdue(DateTimeOffset now, DateTimeOffset due) => now > due;

    private static int WholeDays(decimal amount) => (int)decimal.Ceiling(amount);

    private static DateTimeOffset CloseOfOrNext(DateOnly lastDay, WorkingCalendar calendar, OfficeHours office) =>
        VietnamTime.At(calendar.OnOrNextWorkingDay(lastDay), office.AfternoonEnd);

    private static DateTimeOffset StartOfCount(DateTimeOffset received, DateOnly receiptDay, OfficeHours office) =>
        VietnamTime.DateOf(received) == receiptDay ? VietnamTime.Of(received) : VietnamTime.At(receiptDay, office.MorningStart);
}
