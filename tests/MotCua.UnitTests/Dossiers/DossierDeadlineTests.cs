using MotCua.Dossiers.Domain;
using MotCua.Kernel.Calendar;
using Shouldly;
using static MotCua.UnitTests.Dossiers.ADossier;

namespace MotCua.UnitTests.Dossiers;

/// <summary>Deadlines with dates computed by hand on the March 2026 calendar (weekends only: the 7th/8th and 14th/15th are off).</summary>
public sealed class DossierDeadlineTests
{
    [Fact]
    public void Accepting_in_the_morning_counts_five_working_days_from_the_next_day()
    {
        var dossier = ReceivedAt(Utc(2026, 3, 2, 9, 0));

        // Tue 3, Wed 4, Thu 5, Fri 6, (weekend), Mon 9 → close of office on Monday 9 March.
        dossier.LegalDueAtUtc.ShouldBe(Utc(2026, 3, 9, 17, 0));
        dossier.AppointmentAtUtc.ShouldBe(dossier.LegalDueAtUtc);
        dossier.InboxDueAtUtc.ShouldBe(Utc(2026, 3, 9, 17, 0));
    }

    [Fact]
    public void Accepting_after_the_cut_off_hour_counts_from_the_next_working_day()
    {
        var dossier = ReceivedAt(Utc(2026, 3, 2, 15, 30));

        // NĐ 61/2018 Đ18: the receipt day becomes Tuesday 3, so Wed 4 … Tue 10.
        dossier.LegalDueAtUtc.ShouldBe(Utc(2026, 3, 10, 17, 0));
    }

    [Fact]
    public void A_supplement_at_intake_runs_no_clock_the_count_starts_at_acceptance()
    {
        var dossier = SubmittedAt(Utc(2026, 3, 2, 9, 0));
        Done(dossier.RequestSupplement(Officer, Utc(2026, 3, 2, 9, 30), [new ReasonItem(1, "Tờ khai chưa ký")], null));
        dossier.LegalDueAtUtc.ShouldBeNull();
        Done(dossier.SupplySupplement(Officer, Utc(2026, 3, 5, 8, 0), Time, null));
        Done(dossier.Accept(Officer, Utc(2026, 3, 5, 8, 5), Time));

        // Fri 6, Mon 9, Tue 10, Wed 11, Thu 12.
        dossier.LegalDueAtUtc.ShouldBe(Utc(2026, 3, 12, 17, 0));
        dossier.Supplements.ShouldHaveSingleItem().Stage.ShouldBe(SupplementStage.Intake);
        dossier.LateBySecondSupplement.ShouldBeFalse();
    }

    [Fact]
    public void A_supplement_during_processing_restarts_the_clock_from_zero_at_complete_resubmission()
    {
        var dossier = InProcessingFrom(Utc(2026, 3, 2, 9, 0), Utc(2026, 3, 2, 10, 0));
        Done(dossier.RequestSupplement("chuyenvien", Utc(2026, 3, 4, 10, 0), [new ReasonItem(1, "Bổ sung bản sao giấy khai sinh")], "Chị Lan"));
        dossier.Status.ShouldBe(NationalStatus.SupplementRequested);

        Done(dossier.SupplySupplement(Officer, Utc(2026, 3, 11, 10, 0), Time, "Đã nộp bản sao"));

        // NĐ 61/2018 Đ19.4: five new working days from Wednesday 11 → Thu 12, Fri 13, Mon 16, Tue 17, Wed 18.
        dossier.LegalDueAtUtc.ShouldBe(Utc(2026, 3, 18, 17, 0));
        dossier.Supplements[0].CompletedAtUtc.ShouldBe(Utc(2026, 3, 11, 10, 0));
        // The first step starts again with its full budget: 16 working hours from Wed 11 10:00 → Fri 13 10:00.
        dossier.CurrentStep!.PlanIndex.ShouldBe(0);
        dossier.CurrentStep.DueAtUtc.ShouldBe(Utc(2026, 3, 13, 10, 0));
    }

    [Fact]
    public void Waiting_for_the_fee_pauses_the_legal_and_the_step_clocks()
    {
        var dossier = InProcessingFrom(Utc(2026, 3, 2, 9, 0), Utc(2026, 3, 2, 10, 0));
        // The first step has 2 working days (16 h) from Mon 10:00: Wed 4 March 10:00.
        dossier.CurrentStep!.DueAtUtc.ShouldBe(Utc(2026, 3, 4, 10, 0));
        Done(dossier.RequestFinancialObligation("chuyenvien", Utc(2026, 3, 3, 10, 0), "Lệ phí cấp phiếu", 200_000));
        dossier.Status.ShouldBe(NationalStatus.FinancialObligationRequested);

        Done(dossier.ConfirmPayment(Officer, Utc(2026, 3, 5, 10, 0), "Biên lai 0012345", Time));

        // Paused over Wed 4 and Thu 5 (two working days): Mon 9 → Wed 11 March.
        dossier.LegalDueAtUtc.ShouldBe(Utc(2026, 3, 11, 17, 0));
        // The step lost 16 working hours (Tue 10:00 → Thu 10:00): Wed 4 10:00 → Fri 6 10:00.
        dossier.CurrentStep.DueAtUtc.ShouldBe(Utc(2026, 3, 6, 10, 0));
        dossier.Pauses.ShouldHaveSingleItem().EndedAtUtc.ShouldBe(Utc(2026, 3, 5, 10, 0));
    }

    [Theory]
    [InlineData(6, 10, Timeliness.Early)]
    [InlineData(9, 16, Timeliness.OnTime)]
    [InlineData(10, 8, Timeliness.Late)]
    public void The_result_is_judged_by_calendar_date_against_the_legal_due_date(int day, int hour, Timeliness expected)
    {
        var dossier = InProcessingFrom(Utc(2026, 3, 2, 9, 0), Utc(2026, 3, 2, 10, 0));

        FinishAt(dossier, Utc(2026, 3, day, hour, 0));

        dossier.State.ShouldBe(DossierState.ResultReady);
        dossier.ProcessingEndedAtUtc.ShouldBe(Utc(2026, 3, day, hour, 0));
        dossier.Timeliness.ShouldBe(expected);
    }

    [Fact]
    public void An_apology_gives_one_new_date_but_the_dossier_stays_judged_against_the_legal_date()
    {
        var dossier = InProcessingFrom(Utc(2026, 3, 2, 9, 0), Utc(2026, 3, 2, 10, 0));
        dossier.IsOverdue(Utc(2026, 3, 9, 17, 1)).ShouldBeTrue();

        Done(dossier.Apologize("giamdoc", Utc(2026, 3, 9, 10, 0), new DateOnly(2026, 3, 13), "Chờ kết quả xác minh của Công an tỉnh", Time));

        dossier.LegalDueAtUtc.ShouldBe(Utc(2026, 3, 9, 17, 0));
        dossier.AppointmentAtUtc.ShouldBe(Utc(2026, 3, 13, 17, 0));
        dossier.InboxDueAtUtc.ShouldBe(Utc(2026, 3, 13, 17, 0));
        FinishAt(dossier, Utc(2026, 3, 12, 9, 0));
        dossier.Timeliness.ShouldBe(Timeliness.Late);
    }

    [Fact]
    public void An_apology_date_must_be_after_the_legal_date_and_a_working_day()
    {
        var dossier = InProcessingFrom(Utc(2026, 3, 2, 9, 0), Utc(2026, 3, 2, 10, 0));

        dossier.Apologize("giamdoc", Utc(2026, 3, 5, 10, 0), new DateOnly(2026, 3, 9), "Chậm", Time)!.Fields!.Keys.ShouldContain("newDate");
        dossier.Apologize("giamdoc", Utc(2026, 3, 5, 10, 0), new DateOnly(2026, 3, 14), "Chậm", Time)!.Fields!["newDate"][0].ShouldContain("ngày làm việc");
        dossier.Apology.ShouldBeNull();
    }

    [Fact]
    public void A_second_supplement_request_during_processing_marks_the_dossier_late_even_when_it_ends_early()
    {
        var dossier = InProcessingFrom(Utc(2026, 3, 2, 9, 0), Utc(2026, 3, 2, 10, 0));
        Done(dossier.RequestSupplement("chuyenvien", Utc(2026, 3, 3, 9, 0), [new ReasonItem(1, "Thiếu bản sao")], null));
        Done(dossier.SupplySupplement(Officer, Utc(2026, 3, 3, 10, 0), Time, null));
        dossier.LateBySecondSupplement.ShouldBeFalse();
        Done(dossier.AssignHandler("truongphong", Utc(2026, 3, 3, 10, 30), "chuyenvien"));
        Done(dossier.RequestSupplement("chuyenvien", Utc(2026, 3, 3, 11, 0), [new ReasonItem(2, "Ảnh chưa đúng cỡ")], null));
        Done(dossier.SupplySupplement(Officer, Utc(2026, 3, 3, 14, 0), Time, null));

        dossier.LateBySecondSupplement.ShouldBeTrue();
        // The clock still restarted: Wed 4 … Tue 10.
        dossier.LegalDueAtUtc.ShouldBe(Utc(2026, 3, 10, 17, 0));
        FinishAt(dossier, Utc(2026, 3, 4, 16, 0));
        dossier.Timeliness.ShouldBe(Timeliness.Late);
    }

    [Fact]
    public void Each_step_is_judged_against_its_own_budget_for_the_control_slip()
    {
        var dossier = InProcessingFrom(Utc(2026, 3, 2, 9, 0), Utc(2026, 3, 2, 9, 0));
        // 2 working days = 16 working hours from Mon 09:00: 6.5 h on Monday, 8 h on Tuesday, 1.5 h on Wednesday.
        dossier.CurrentStep!.DueAtUtc.ShouldBe(Utc(2026, 3, 4, 9, 0));

        Done(dossier.CompleteStep("chuyenvien", Utc(2026, 3, 5, 9, 0), "Đủ điều kiện", Time));

        dossier.Steps[0].Judgement.ShouldBe(Timeliness.Late);
        // The second step (1 working day) starts at hand-over: Thu 09:00 → Fri 09:00.
        dossier.CurrentStep!.DueAtUtc.ShouldBe(Utc(2026, 3, 6, 9, 0));
    }

    [Fact]
    public void An_inter_agency_step_runs_on_its_own_budget_and_the_dossier_resumes_where_it_left()
    {
        var dossier = InState(DossierState.InProcessing);
        var planIndex = dossier.CurrentStep!.PlanIndex;
        Done(dossier.SendToOtherAgency("chuyenvien", Utc(2026, 3, 3, 9, 0), "Công an tỉnh Lào Cai", "Xác minh nhân thân", new LegalDuration(3, DurationUnit.WorkingDays), Time));

        dossier.CurrentStep!.AtOtherAgency.ShouldBeTrue();
        // 24 working hours from Tue 09:00 → Fri 09:00.
        dossier.CurrentStep.DueAtUtc.ShouldBe(Utc(2026, 3, 6, 9, 0));
        dossier.CurrentStepUnitPath.ShouldBe("/p/a/d/");

        Done(dossier.ReceiveFromOtherAgency("chuyenvien", Utc(2026, 3, 5, 9, 0), "Có kết quả xác minh", Time));
        dossier.Steps[^2].Judgement.ShouldBe(Timeliness.Early);
        dossier.CurrentStep!.PlanIndex.ShouldBe(planIndex);
        dossier.CurrentStep.Assignee.ShouldBe("chuyenvien");
        dossier.State.ShouldBe(DossierState.InProcessing);
    }

    [Fact]
    public void Withdrawal_ends_processing_only_for_a_dossier_already_received()
    {
        var received = ReceivedAt(Utc(2026, 3, 2, 9, 0));
        Done(received.Withdraw(Officer, Utc(2026, 3, 3, 9, 0), "Không còn nhu cầu"));
        received.ProcessingEndedAtUtc.ShouldBe(Utc(2026, 3, 3, 9, 0));
        received.Timeliness.ShouldBe(Timeliness.Early);

        var submitted = SubmittedAt(Utc(2026, 3, 2, 9, 0));
        Done(submitted.Withdraw(Officer, Utc(2026, 3, 3, 9, 0), "Không còn nhu cầu"));
        submitted.ProcessingEndedAtUtc.ShouldBeNull();
        submitted.Timeliness.ShouldBeNull();
    }

    [Theory]
    [InlineData(2025, 6, 30, "2018")]
    [InlineData(2025, 7, 1, "2025")]
    [InlineData(2026, 3, 2, "2025")]
    public void The_legal_regime_follows_the_intake_date(int year, int month, int day, string regime)
    {
        SubmittedAt(Utc(year, month, day, 9, 0)).Regime.ShouldBe(regime);
    }

    [Fact]
    public void The_regime_boundary_is_midnight_in_vietnam_not_in_utc()
    {
        // 1 July 2025 00:30 in Vietnam is still 30 June in UTC.
        SubmittedAt(Utc(2025, 7, 1, 0, 30)).Regime.ShouldBe("2025");
    }

    [Fact]
    public void Dossier_codes_follow_the_national_format()
    {
        DossierCode.Format("000.00.35.H40", new DateOnly(2026, 3, 2), 7).ShouldBe("000.00.35.H40-260302-0007");
        DossierCode.IsWellFormed("000.00.35.H40-260302-0007").ShouldBeTrue();
        DossierCode.IsWellFormed("G09.20-260302-0001").ShouldBeTrue();
        DossierCode.IsWellFormed("000.00.35.H40-2603-0007").ShouldBeFalse();
        DossierCode.IsWellFormed("'; drop table--").ShouldBeFalse();
    }

    private static void FinishAt(Dossier dossier, DateTime atUtc)
    {
        while (true)
        {
            if (dossier.CurrentStep!.Assignee is null)
            {
                Done(dossier.AssignHandler("truongphong", atUtc, "chuyenvien"));
            }

            if (dossier.IsOnLastStep)
            {
                break;
            }

            Done(dossier.CompleteStep("chuyenvien", atUtc, null, Time));
        }

        Done(dossier.SubmitForApproval("chuyenvien", atUtc, null));
        Done(dossier.Approve("giamdoc", atUtc, null));
        Done(dossier.MarkResultReady("chuyenvien", atUtc, "123/STP-LLTP", null));
    }
}
