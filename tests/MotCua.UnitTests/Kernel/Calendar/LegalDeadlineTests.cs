using MotCua.Kernel.Calendar;
using Shouldly;

namespace MotCua.UnitTests.Kernel.Calendar;

public sealed class LegalDeadlineTests
{
    private static readonly WorkingCalendar Vietnam = WorkingCalendar.ForVietnam([], 2024, 2027);
    private static readonly OfficeHours Office = OfficeHours.Default;

    [Fact]
    public void Five_working_days_received_before_Tet_end_on_the_Monday_after_the_holiday_week()
    {
        // Receipt Mon 9/2/2026; count Tue 10, Wed 11, Thu 12, Fri 13; Tết 16–20/2; day 5 is Mon 23/2.
        Due(Vn(2026, 2, 9, 10, 0), 5, DurationUnit.WorkingDays).ShouldBe(Vn(2026, 2, 23, 17, 0));
    }

    [Fact]
    public void A_dossier_received_after_three_in_the_afternoon_counts_from_the_next_working_day()
    {
        // Fri 6/6/2025 15:30 → receipt day Mon 9/6; days Tue 10, Wed 11, Thu 12.
        LegalDeadline.ReceiptDay(Vn(2025, 6, 6, 15, 30), Vietnam, Office).ShouldBe(new DateOnly(2025, 6, 9));
        Due(Vn(2025, 6, 6, 15, 30), 3, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 12, 17, 0));
    }

    [Fact]
    public void A_dossier_received_at_three_exactly_counts_from_that_day()
    {
        // NĐ 61 Đ18 says "after 15:00": receipt day Fri 6/6; days Mon 9, Tue 10, Wed 11.
        Due(Vn(2025, 6, 6, 15, 0), 3, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 11, 17, 0));
    }

    [Fact]
    public void An_online_dossier_sent_on_a_Sunday_is_received_on_Monday()
    {
        // Sun 8/6/2025 → receipt day Mon 9/6; one working day ends Tue 10/6.
        LegalDeadline.ReceiptDay(Vn(2025, 6, 8, 9, 0), Vietnam, Office).ShouldBe(new DateOnly(2025, 6, 9));
        Due(Vn(2025, 6, 8, 9, 0), 1, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 10, 17, 0));
    }

    [Fact]
    public void A_same_day_limit_is_due_at_the_close_of_the_receipt_day()
    {
        Due(Vn(2025, 6, 9, 10, 0), 0, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 9, 17, 0));
        Due(Vn(2025, 6, 9, 16, 0), 0, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 10, 17, 0));
    }

    [Fact]
    public void A_make_up_Saturday_counts_and_a_swapped_Monday_does_not()
    {
        var calendar = WorkingCalendar.ForVietnam(
        [
            new CalendarDay(new DateOnly(2025, 6, 14), DayKind.MakeUpWorkday, "Làm bù"),
            new CalendarDay(new DateOnly(2025, 6, 16), DayKind.SwapDayOff, "Hoán đổi"),
        ], 2025, 2025);

        // Receipt Thu 12/6; days Fri 13, Sat 14 (make-up), then Tue 17 (Mon 16 swapped off).
        LegalDeadline.Due(Vn(2025, 6, 12, 9, 0), new LegalDuration(2, DurationUnit.WorkingDays), calendar, Office)
            .ShouldBe(Vn(2025, 6, 14, 17, 0));
        LegalDeadline.Due(Vn(2025, 6, 12, 9, 0), new LegalDuration(3, DurationUnit.WorkingDays), calendar, Office)
            .ShouldBe(Vn(2025, 6, 17, 17, 0));
    }

    [Fact]
    public void Half_a_day_is_the_first_four_working_hours_of_the_day_after_receipt()
    {
        // Receipt Mon 9/6/2025; 0.5 day = Tue 10/6 07:30 + 4 h; 1.5 days = Tue in full and Wed morning.
        Due(Vn(2025, 6, 9, 9, 0), 0.5m, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 10, 11, 30));
        Due(Vn(2025, 6, 9, 9, 0), 1.5m, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 11, 11, 30));
    }

    [Fact]
    public void Working_hours_count_from_the_receipt_instant_within_office_sessions()
    {
        // Mon 9/6/2025 10:00 + 4 h: 10:00–11:30 and 13:00–15:30.
        Due(Vn(2025, 6, 9, 10, 0), 4, DurationUnit.WorkingHours).ShouldBe(Vn(2025, 6, 9, 15, 30));

        // Fri 6/6 14:00 + 8 h: 3 h on Friday, 4 h Monday morning, 1 h from 13:00.
        Due(Vn(2025, 6, 6, 14, 0), 8, DurationUnit.WorkingHours).ShouldBe(Vn(2025, 6, 9, 14, 0));
    }

    [Fact]
    public void Working_hours_after_the_cut_off_count_from_the_next_opening()
    {
        // Fri 6/6/2025 16:00 → receipt day Mon 9/6, counted from 07:30.
        Due(Vn(2025, 6, 6, 16, 0), 2, DurationUnit.WorkingHours).ShouldBe(Vn(2025, 6, 9, 9, 30));
    }

    [Fact]
    public void Calendar_days_ending_on_holidays_roll_forward_to_the_next_working_day()
    {
        // Receipt Mon 21/4/2025 + 9 days = Wed 30/4 (holiday), 1/5 (holiday) → Fri 2/5.
        Due(Vn(2025, 4, 21, 9, 0), 9, DurationUnit.CalendarDays).ShouldBe(Vn(2025, 5, 2, 17, 0));
    }

    [Fact]
    public void A_month_ends_on_the_same_day_or_the_last_day_of_a_shorter_month()
    {
        // BLDS Đ148.3: Mon 31/8/2026 + 1 month = Wed 30/9/2026.
        Due(Vn(2026, 8, 31, 10, 0), 1, DurationUnit.Months).ShouldBe(Vn(2026, 9, 30, 17, 0));
    }

    [Fact]
    public void A_dossier_received_online_during_Tet_counts_from_the_first_working_day_after_it()
    {
        // Fri 31/1/2025 is mùng 3 Tết; 1/2 (Sat) gives Mon 3/2 off; receipt day Tue 4/2; + 1 month = Tue 4/3.
        LegalDeadline.ReceiptDay(Vn(2025, 1, 31, 10, 0), Vietnam, Office).ShouldBe(new DateOnly(2025, 2, 4));
        Due(Vn(2025, 1, 31, 10, 0), 1, DurationUnit.Months).ShouldBe(Vn(2025, 3, 4, 17, 0));
    }

    [Fact]
    public void A_month_ending_on_a_weekend_before_Quoc_khanh_rolls_to_the_Wednesday()
    {
        // Wed 30/7/2025 + 1 month = Sat 30/8; Sun 31/8; 1/9 and 2/9 holidays → Wed 3/9.
        Due(Vn(2025, 7, 30, 9, 0), 1, DurationUnit.Months).ShouldBe(Vn(2025, 9, 3, 17, 0));
    }

    [Fact]
    public void Half_a_month_is_fifteen_days()
    {
        // Receipt Mon 2/6/2025 + 15 days = Tue 17/6.
        Due(Vn(2025, 6, 2, 9, 0), 0.5m, DurationUnit.Months).ShouldBe(Vn(2025, 6, 17, 17, 0));
    }

    [Fact]
    public void Waiting_for_the_fee_moves_a_working_day_due_by_the_working_days_lost()
    {
        // Paused Mon 9/6/2025 10:00 → Wed 11/6 10:00: 5.5 + 8 + 2.5 = 16 working hours = 2 days; Thu 12/6 → Mon 16/6.
        LegalDeadline.Resume(Vn(2025, 6, 12, 17, 0), Vn(2025, 6, 9, 10, 0), Vn(2025, 6, 11, 10, 0), DurationUnit.WorkingDays, Vietnam, Office)
            .ShouldBe(Vn(2025, 6, 16, 17, 0));
    }

    [Fact]
    public void A_pause_of_one_hour_costs_a_whole_working_day()
    {
        LegalDeadline.Resume(Vn(2025, 6, 12, 17, 0), Vn(2025, 6, 9, 10, 0), Vn(2025, 6, 9, 11, 0), DurationUnit.WorkingDays, Vietnam, Office)
            .ShouldBe(Vn(2025, 6, 13, 17, 0));
    }

    [Fact]
    public void A_pause_over_a_weekend_costs_nothing()
    {
        LegalDeadline.Resume(Vn(2025, 6, 12, 17, 0), Vn(2025, 6, 6, 17, 0), Vn(2025, 6, 9, 7, 30), DurationUnit.WorkingDays, Vietnam, Office)
            .ShouldBe(Vn(2025, 6, 12, 17, 0));
    }

    [Fact]
    public void An_hour_limit_moves_by_the_working_hours_of_the_pause()
    {
        // Paused 11:00–13:30 on Mon 9/6/2025: 30 min before lunch and 30 min after → due 15:30 becomes 16:30.
        LegalDeadline.Resume(Vn(2025, 6, 9, 15, 30), Vn(2025, 6, 9, 11, 0), Vn(2025, 6, 9, 13, 30), DurationUnit.WorkingHours, Vietnam, Office)
            .ShouldBe(Vn(2025, 6, 9, 16, 30));
    }

    [Fact]
    public void A_supplement_during_processing_restarts_the_count_from_the_complete_resubmission()
    {
        // First due from Mon 2/6/2025 would be Mon 9/6. Re-submitted Thu 12/6 16:10 (after 15:00) → receipt Fri 13/6;
        // days Mon 16 … Fri 20.
        Due(Vn(2025, 6, 2, 9, 0), 5, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 9, 17, 0));
        LegalDeadline.RestartAfterSupplement(Vn(2025, 6, 12, 16, 10), new LegalDuration(5, DurationUnit.WorkingDays), Vietnam, Office)
            .ShouldBe(Vn(2025, 6, 20, 17, 0));
    }

    [Fact]
    public void A_step_budget_in_days_runs_from_the_instant_the_step_starts()
    {
        // 1 day from Mon 9/6/2025 10:00 = 8 working hours = Tue 10:00.
        StepDue(Vn(2025, 6, 9, 10, 0), 1, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 10, 10, 0));

        // 2 days from Fri 13/6 15:00: 2 h Friday, 8 h Monday, 6 h Tuesday → Tue 17/6 15:00.
        StepDue(Vn(2025, 6, 13, 15, 0), 2, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 17, 15, 0));

        // Started in the evening: counted from the next opening, so one day ends at that day's close.
        StepDue(Vn(2025, 6, 9, 18, 0), 1, DurationUnit.WorkingDays).ShouldBe(Vn(2025, 6, 10, 17, 0));
    }

    [Fact]
    public void A_step_budget_in_hours_crosses_Tet()
    {
        // Fri 13/2/2026 16:00 + 3 h: 1 h on Friday, Tết week off, 2 h from Mon 23/2 07:30.
        StepDue(Vn(2026, 2, 13, 16, 0), 3, DurationUnit.WorkingHours).ShouldBe(Vn(2026, 2, 23, 9, 30));
    }

    [Fact]
    public void The_apology_is_due_by_the_close_of_the_working_day_before_the_due_date() =>
        LegalDeadline.ApologyDeadline(Vn(2026, 2, 23, 17, 0), Vietnam, Office).ShouldBe(Vn(2026, 2, 13, 17, 0));

    [Fact]
    public void A_result_on_an_earlier_date_is_early() =>
        LegalDeadline.Judge(Vn(2025, 6, 11, 23, 0), Vn(2025, 6, 12, 17, 0)).ShouldBe(Timeliness.Early);

    [Fact]
    public void A_result_on_the_due_date_up_to_the_due_instant_is_on_time()
    {
        LegalDeadline.Judge(Vn(2025, 6, 12, 8, 0), Vn(2025, 6, 12, 17, 0)).ShouldBe(Timeliness.OnTime);
        LegalDeadline.Judge(Vn(2025, 6, 12, 17, 0), Vn(2025, 6, 12, 17, 0)).ShouldBe(Timeliness.OnTime);
    }

    [Fact]
    public void A_result_on_the_due_date_after_the_due_instant_is_late()
    {
        LegalDeadline.Judge(Vn(2025, 6, 12, 17, 0).AddSeconds(1), Vn(2025, 6, 12, 17, 0)).ShouldBe(Timeliness.Late);
        LegalDeadline.Judge(Vn(2025, 6, 10, 14, 0), Vn(2025, 6, 10, 11, 30)).ShouldBe(Timeliness.Late);
    }

    [Fact]
    public void A_result_on_a_later_date_is_late() =>
        LegalDeadline.Judge(Vn(2025, 6, 13, 7, 30), Vn(2025, 6, 12, 17, 0)).ShouldBe(Timeliness.Late);

    [Fact]
    public void Dates_are_judged_in_Vietnam_whatever_offset_the_instants_carry()
    {
        // 23:30 UTC on 11/6 is 06:30 on 12/6 in Vietnam: the due date itself, before the due instant.
        var end = new DateTimeOffset(2025, 6, 11, 23, 30, 0, TimeSpan.Zero);

        LegalDeadline.Judge(end, Vn(2025, 6, 12, 17, 0)).ShouldBe(Timeliness.OnTime);
    }

    [Fact]
    public void A_dossier_in_progress_is_overdue_only_after_the_due_instant()
    {
        LegalDeadline.IsOverdue(Vn(2025, 6, 12, 17, 0), Vn(2025, 6, 12, 17, 0)).ShouldBeFalse();
        LegalDeadline.IsOverdue(Vn(2025, 6, 12, 17, 1), Vn(2025, 6, 12, 17, 0)).ShouldBeTrue();
    }

    private static DateTimeOffset Due(DateTimeOffset received, decimal amount, DurationUnit unit) =>
        LegalDeadline.Due(received, new LegalDuration(amount, unit), Vietnam, Office);

    private static DateTimeOffset StepDue(DateTimeOffset start, decimal amount, DurationUnit unit) =>
        LegalDeadline.StepDue(start, new LegalDuration(amount, unit), Vietnam, Office);

    private static DateTimeOffset Vn(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));
}
