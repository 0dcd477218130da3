using MotCua.Engagement.Features.Feedback;
using MotCua.Kernel.Calendar;
using Shouldly;

namespace MotCua.UnitTests.Engagement;

/// <summary>The DVCQG PAKN time limits (DOMAIN B §6.3) on the Labour Code calendar; every date below is counted by hand.</summary>
public sealed class FeedbackDeadlinesTests
{
    private static readonly WorkingCalendar Vietnam = WorkingCalendar.ForVietnam([], 2025, 2026);
    private static readonly HandlingUnit Justice = new(Guid.NewGuid(), "/T/STP/", "Sở Tư pháp");
    private static readonly HandlingUnit Transport = new(Guid.NewGuid(), "/T/GTVT/", "Sở Giao thông vận tải");
    private static readonly Petitioner Minh = new("Nguyễn Văn Minh", "0912 345 678", "Tổ 3, phường Cốc Lếu", null, null);

    private static DateTime At(int year, int month, int day, int hour = 10) => VietnamTime.At(new DateOnly(year, month, day), new TimeOnly(hour, 0)).UtcDateTime;

    private static FeedbackCase Submitted(DateTime at, Petitioner? petitioner = null, FeedbackCase? reRaises = null) =>
        FeedbackCase.Submit("PAKN-TEST-" + Guid.NewGuid().ToString("N")[..6], Justice, null, FeedbackChannel.Portal, petitioner ?? Minh, null,
            "Tiêu đề", "Nội dung", reRaises, at, Vietnam).Value!;

    [Fact]
    public void The_limits_count_working_days_after_the_submission_day_and_skip_new_year()
    {
        // Wed 31/12/2025; Thu 1/1/2026 is Tết Dương lịch. Working days after: Fri 2/1 (1), Mon 5/1 (2), Tue 6, Wed 7,
        // Thu 8/1 (5), Fri 9, 12, 13, 14, 15, 16, 19, 20, 21, Thu 22/1 (15).
        var dues = FeedbackDeadlines.From(new DateOnly(2025, 12, 31), Vietnam);

        dues.RefuseBy.ShouldBe(new DateOnly(2026, 1, 5));
        dues.FirstSupplementRequestBy.ShouldBe(new DateOnly(2026, 1, 8));
        dues.ResultBy.ShouldBe(new DateOnly(2026, 1, 22));
    }

    [Fact]
    public void A_petition_sent_on_a_saturday_counts_from_the_monday()
    {
        // Sat 10/1/2026: Mon 12 (1), Tue 13/1 (2).
        FeedbackDeadlines.From(new DateOnly(2026, 1, 10), Vietnam).RefuseBy.ShouldBe(new DateOnly(2026, 1, 13));
    }

    [Fact]
    public void A_result_on_its_due_date_is_on_time_and_one_working_day_later_is_late()
    {
        var onTime = Submitted(At(2025, 12, 31));
        onTime.Receive(FeedbackClassification.Regulation, At(2026, 1, 2)).IsSuccess.ShouldBeTrue();
        onTime.RecordResult("Đã sửa hướng dẫn.", At(2026, 1, 22, 16), Vietnam).IsSuccess.ShouldBeTrue();

        var late = Submitted(At(2025, 12, 31));
        late.Receive(FeedbackClassification.Regulation, At(2026, 1, 2));
        late.RecordResult("Đã sửa hướng dẫn.", At(2026, 1, 23, 8), Vietnam);

        onTime.HandledLate.ShouldBeFalse();
        late.HandledLate.ShouldBeTrue();
    }

    [Fact]
    public void A_refusal_after_two_working_days_is_late()
    {
        var item = Submitted(At(2025, 12, 31));

        item.Refuse("Không ghi địa chỉ.", At(2026, 1, 6)).IsSuccess.ShouldBeTrue();

        item.State.ShouldBe(FeedbackState.Refused);
        item.HandledLate.ShouldBeTrue();
    }

    [Fact]
    public void A_first_supplement_request_after_five_working_days_makes_the_handling_late_even_with_a_result_in_time()
    {
        var item = Submitted(At(2025, 12, 31));
        item.Receive(FeedbackClassification.Conduct, At(2026, 1, 2));
        item.RequestSupplement("Cho biết tên cán bộ.", At(2026, 1, 9));
        item.Supplement("Đã cho biết.");
        item.RecordResult("Đã kiểm điểm.", At(2026, 1, 15), Vietnam);

        item.FirstSupplementRequestedOn.ShouldBe(new DateOnly(2026, 1, 9));
        item.HandledLate.ShouldBeTrue();
    }

    [Fact]
    public void A_transfer_restarts_the_fifteen_working_days_at_the_new_unit()
    {
        var item = Submitted(At(2025, 12, 31));

        item.Transfer(Transport, "Thuộc thẩm quyền Sở Giao thông vận tải.", At(2026, 1, 9), Vietnam).IsSuccess.ShouldBeTrue();

        // From Fri 9/1/2026: 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 26, 27, 28, 29, Fri 30/1 (15).
        item.UnitPath.ShouldBe(Transport.Path);
        item.State.ShouldBe(FeedbackState.AwaitingReceipt);
        item.ResultDueOn.ShouldBe(new DateOnly(2026, 1, 30));
        item.Transfers.ShouldBe(1);
    }

    [Fact]
    public void Publication_is_due_two_working_days_after_the_result()
    {
        var item = Submitted(At(2025, 12, 31));
        item.Receive(FeedbackClassification.Regulation, At(2026, 1, 2));
        item.RecordResult("Kết quả.", At(2026, 1, 8), Vietnam);
        item.Publish(At(2026, 1, 13));

        // Thu 8/1: Fri 9 (1), Mon 12/1 (2).
        item.PublishDueOn.ShouldBe(new DateOnly(2026, 1, 12));
        item.PublishedLate.ShouldBeTrue();
    }

    [Fact]
    public void In_progress_is_within_time_up_to_and_including_the_due_date()
    {
        FeedbackDeadlines.WithinTime(new DateOnly(2026, 1, 22), new DateOnly(2026, 1, 22)).ShouldBeTrue();
        FeedbackDeadlines.WithinTime(new DateOnly(2026, 1, 23), new DateOnly(2026, 1, 22)).ShouldBeFalse();
    }

    [Fact]
    public void A_step_the_state_does_not_allow_is_refused_as_a_conflict_before_its_input_is_judged()
    {
        var item = Submitted(At(2025, 12, 31));

        var publish = item.Publish(At(2026, 1, 2));
        var result = item.RecordResult(null, At(2026, 1, 2), Vietnam);

        publish.Error!.Code.ShouldBe("illegal-transition");
        result.Error!.Code.ShouldBe("illegal-transition");
        item.State.ShouldBe(FeedbackState.AwaitingReceipt);
    }

    [Fact]
    public void Receiving_needs_a_classification()
    {
        var item = Submitted(At(2025, 12, 31));

        var received = item.Receive(FeedbackClassification.Unclassified, At(2026, 1, 2));

        received.Error!.Fields!.ShouldContainKey("classification");
        item.State.ShouldBe(FeedbackState.AwaitingReceipt);
    }

    [Fact]
    public void Raising_again_marks_the_earlier_petition_of_the_same_petitioner_only()
    {
        var earlier = Submitted(At(2025, 12, 31));
        var stranger = new Petitioner("Trần Thị Thu", "0987 654 321", "Sa Pa", null, null);

        var refused = FeedbackCase.Submit("PAKN-X", Justice, null, FeedbackChannel.Portal, stranger, null, "Lại", "Lại", earlier, At(2026, 1, 20), Vietnam);
        Submitted(At(2026, 1, 20), Minh with { Phone = "0912345678" }, earlier);

        refused.Error!.Fields!.ShouldContainKey("reRaises");
        earlier.ReRaised.ShouldBeTrue();
    }
}
