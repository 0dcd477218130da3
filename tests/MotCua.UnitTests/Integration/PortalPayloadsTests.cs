using MotCua.Dossiers.Contracts;
using MotCua.Integration.Features.SyncToNationalPortal;
using Shouldly;

namespace MotCua.UnitTests.Integration;

public sealed class PortalPayloadsTests
{
    private static readonly DateTime Submitted = new(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Times_reach_the_portal_as_Vietnam_local_time_without_separators()
    {
        PortalPayloads.Time(new DateTime(2026, 3, 2, 17, 5, 9, DateTimeKind.Utc)).ShouldBe("20260303000509");
        PortalPayloads.Time((DateTime?)null).ShouldBeNull();
    }

    [Fact]
    public void A_desk_dossier_is_created_with_its_channel_parties_dates_and_first_status()
    {
        var facts = Facts(channel: 1, representative: new DossierParty(false, "Lê Văn Đại Diện", "001090000002", null, null));

        var created = PortalPayloads.Create(facts, Line(1, "ReceiveAtDesk", status: 2));

        created.Code.ShouldBe("H40.01-260302-0001");
        created.ProcedureCode.ShouldBe("1.001234");
        created.ProcedureName.ShouldBe("Cấp Phiếu lý lịch tư pháp");
        created.Channel.ShouldBe(1);
        created.Applicant.ShouldBe(new PortalParty(2, "Công ty TNHH Thử", "0101234567", "0912345678", "cty@example.vn"));
        created.Representative.ShouldBe(new PortalParty(1, "Lê Văn Đại Diện", "001090000002", null, null));
        created.SubmittedAt.ShouldBe("20260302083000");
        created.ReceivedAt.ShouldBe("20260302084500");
        created.AppointmentAt.ShouldBe("20260316170000");
        created.Status.ShouldBe(2);
    }

    [Fact]
    public void Each_history_line_becomes_a_progress_step_and_a_status_with_the_same_sequence()
    {
        var line = Line(4, "RequestSupplement", status: 5, reason: "Thiếu bản sao CCCD");

        var progress = PortalPayloads.Progress(line);
        var status = PortalPayloads.StatusOf(line);

        progress.ShouldBe(new PortalProgress("H40.01-260302-0001", 4, "RequestSupplement", "Yêu cầu bổ sung, hoàn thiện hồ sơ",
            "motcua.tinh@motcua.demo", "20260302100000", 5, "Thiếu bản sao CCCD"));
        status.ShouldBe(new PortalStatus("H40.01-260302-0001", 4, 5, "20260302100000"));
    }

    [Theory]
    [InlineData("ReceiveAtDesk", "Nộp hồ sơ trực tiếp tại Bộ phận Một cửa")]
    [InlineData("SubmitOnline", "Nộp hồ sơ trực tuyến")]
    [InlineData("Accept", "Tiếp nhận hồ sơ, hẹn trả kết quả")]
    [InlineData("Refuse", "Từ chối tiếp nhận hồ sơ")]
    [InlineData("ReturnResult", "Trả kết quả")]
    [InlineData("Apologize", "Xin lỗi và hẹn lại ngày trả kết quả")]
    public void Triggers_are_described_as_the_portal_shows_them(string trigger, string action) =>
        PortalPayloads.ActionOf(trigger).ShouldBe(action);

    [Fact]
    public void A_trigger_the_connector_does_not_know_is_sent_under_its_own_name_rather_than_blocking_the_dossier() =>
        PortalPayloads.ActionOf("SomethingNew").ShouldBe("SomethingNew");

    [Theory]
    [InlineData(1, "Mới đăng ký")]
    [InlineData(2, "Được tiếp nhận")]
    [InlineData(5, "Yêu cầu bổ sung giấy tờ")]
    [InlineData(9, "Đã xử lý xong")]
    [InlineData(10, "Đã trả kết quả")]
    public void The_ten_national_status_codes_have_their_names(int status, string name) =>
        PortalPayloads.StatusName(status).ShouldBe(name);

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void A_status_outside_1_to_10_is_a_bug_not_something_to_send(int status) =>
        Should.Throw<ArgumentOutOfRangeException>(() => PortalPayloads.Progress(Line(2, "Accept", status)));

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_channel_outside_KenhThucHien_1_to_3_is_refused(int channel) =>
        Should.Throw<ArgumentOutOfRangeException>(() => PortalPayloads.Create(Facts(channel), Line(1, "ReceiveAtDesk", 2)));

    [Fact]
    public void Only_the_national_portals_own_online_submission_marks_a_dossier_as_existing_there()
    {
        SyncDossierToNationalPortal.IsPortalSubmission(Line(1, "SubmitOnline", 1, actor: "dvcqg:dvcqg-dev")).ShouldBeTrue();
        SyncDossierToNationalPortal.IsPortalSubmission(Line(1, "SubmitOnline", 1, actor: "001090000001")).ShouldBeFalse();
        SyncDossierToNationalPortal.IsPortalSubmission(Line(2, "Accept", 2, actor: "dvcqg:dvcqg-dev")).ShouldBeFalse();
    }

    private static DossierFacts Facts(int channel, DossierParty? representative = null) => new(
        Guid.NewGuid(), "H40.01-260302-0001", "1.001234", "Cấp Phiếu lý lịch tư pháp", Guid.NewGuid(), channel, "Received", 2, false,
        "/h40/", Guid.NewGuid(), "/h40/stp/", new DossierParty(true, "Công ty TNHH Thử", "0101234567", "0912345678", "cty@example.vn"), representative,
        Submitted, Submitted.AddMinutes(15), new DateTime(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc), null, null, 1);

    private static DossierStateChanged Line(int sequence, string trigger, int status, string? reason = null, string actor = "motcua.tinh@motcua.demo") => new(
        Guid.NewGuid(), "H40.01-260302-0001", sequence, trigger, null, "State", status, 1, "1.001234",
        new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc), actor, reason);
}
