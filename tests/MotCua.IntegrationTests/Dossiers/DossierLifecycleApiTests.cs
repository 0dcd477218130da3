using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>The paths of the lifecycle through HTTP, as the desk, the processing officer, the leader and the applicant.</summary>
public abstract class DossierLifecycleApiTests(MotCuaApp app) : IntegrationTest(app)
{
    private readonly DossierDesk _desk = new(app);

    [Fact]
    public async Task A_dossier_goes_from_the_desk_through_processing_and_approval_back_to_the_applicant()
    {
        var name = UniqueName();
        var scan = await _desk.UploadAsync(Desk, Pdf);
        var received = await _desk.ReceiveAsync(Body(name, new object[]
        {
            new { number = 1, originals = 1, copies = 0, fileId = scan },
            new { number = 2, originals = 0, copies = 1 },
        }));
        var code = received.GetProperty("code").GetString()!;

        code.ShouldMatch(@"^000\.00\.35\.H40-260302-\d{4}$");
        State(received).ShouldBe("Received");
        received.GetProperty("statusCode").GetInt32().ShouldBe(2);
        received.GetProperty("regime").GetString().ShouldBe("2025");
        // Monday 2 March 09:00 + 10 working days: Tue 3 … Mon 16 March, 17:00 in Vietnam.
        received.GetProperty("legalDueAt").GetDateTime().ShouldBe(new DateTime(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc));
        var component = received.GetProperty("components")[0].GetProperty("file");
        component.GetProperty("sha256").GetString()!.Length.ShouldBe(64);
        component.GetProperty("contentType").GetString().ShouldBe("application/pdf");

        var transferred = await _desk.DoAsync(Desk, code, "transfer");
        State(transferred).ShouldBe("InProcessing");
        transferred.GetProperty("plan").EnumerateArray().Select(p => p.GetProperty("name").GetString())
            .ShouldBe(["Thẩm định hồ sơ, dự thảo kết quả", "Xem xét, phê duyệt"]);
        var assigned = await _desk.DoAsync(Officer, code, "assign", new { assignee = Officer });
        assigned.GetProperty("currentStep").GetProperty("assignee").GetString().ShouldBe(Officer);
        var forwarded = await _desk.DoAsync(Officer, code, "complete-step", new { note = "Đủ điều kiện cấp phiếu" });
        forwarded.GetProperty("currentStep").GetProperty("name").GetString().ShouldBe("Xem xét, phê duyệt");
        forwarded.GetProperty("steps")[0].GetProperty("judgement").GetString().ShouldBe("Early");
        await _desk.DoAsync(DepartmentLeader, code, "assign", new { assignee = DepartmentLeader });
        State(await _desk.DoAsync(DepartmentLeader, code, "submit-for-approval", new { note = "Trình ký" })).ShouldBe("AwaitingApproval");
        using (var notTheDirector = await _desk.ActAsync(DepartmentLeader, code, "approve"))
        {
            notTheDirector.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        State(await _desk.DoAsync(Leader, code, "approve", new { note = "Đồng ý" })).ShouldBe("Approved");
        var resultScan = await _desk.UploadAsync(Officer, Pdf, "phieu-lltp.pdf");
        var ready = await _desk.DoAsync(Officer, code, "result", new { documentNumber = "125/STP-LLTP", fileId = resultScan });
        State(ready).ShouldBe("ResultReady");
        ready.GetProperty("timeliness").GetString().ShouldBe("Early");
        var returned = await _desk.DoAsync(Desk, code, "return-result", new { method = "AtDesk", receivedBy = name });
        State(returned).ShouldBe("Returned");
        returned.GetProperty("statusCode").GetInt32().ShouldBe(10);
        returned.GetProperty("allowedActions").GetArrayLength().ShouldBe(0);

        var history = returned.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("trigger").GetString()).ToList();
        history.ShouldBe(["ReceiveAtDesk", "Accept", "Transfer", "AssignHandler", "CompleteStep", "AssignHandler", "SubmitForApproval", "Approve", "MarkResultReady", "ReturnResult"]);
        (await _desk.CountAuditAsync(code)).ShouldBe(history.Count);

        using var anonymous = App.CreateClient();
        var tracked = await anonymous.GetStringAsync($"/api/v1/tracking/{code}?verifier=5678", Ct);
        tracked.ShouldContain("Đã trả kết quả");
        tracked.ShouldContain("Thẩm định hồ sơ, dự thảo kết quả");
        tracked.ShouldNotContain(name);
        tracked.ShouldNotContain("010090001234");
        tracked.ShouldNotContain("@motcua.demo");
        tracked.ShouldNotContain("0912");
    }

    [Theory]
    [InlineData("chuyenvien.gtvt@motcua.demo")]
    [InlineData("nobody@motcua.demo")]
    [InlineData("CHUYENVIEN.TUPHAP@MOTCUA.DEMO")]
    public async Task A_step_is_given_only_to_an_active_officer_of_its_unit_and_a_refusal_changes_nothing(string assignee)
    {
        var code = await _desk.ReceivedCodeAsync();
        var transferred = await _desk.DoAsync(Desk, code, "transfer");

        using var response = await _desk.ActAsync(Officer, code, "assign", new { assignee });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").GetProperty("assignee")[0].GetString().ShouldNotBeNull().ShouldContain("Phòng Hành chính tư pháp");
        var after = await _desk.DoAsync(Officer, code, "assign", new { assignee = Officer });
        after.GetProperty("version").GetInt32().ShouldBe(transferred.GetProperty("version").GetInt32() + 1);
    }

    [Fact]
    public async Task The_dossier_page_names_the_officers_and_offers_the_steps_unit_staff_for_assignment()
    {
        var code = await _desk.ReceivedCodeAsync();
        await _desk.DoAsync(Desk, code, "transfer");
        using var officer = await _desk.As(Officer);

        var before = await officer.GetStringAsync($"/mot-cua/ho-so/{code}", Ct);
        before.ShouldContain("<option value=\"chuyenvien.tuphap@motcua.demo\" selected=\"selected\">Hoàng Thị Lan");
        before.ShouldContain("Phạm Văn Đức");
        before.ShouldNotContain("chuyenvien.gtvt@motcua.demo");

        await _desk.DoAsync(Officer, code, "assign", new { assignee = Officer });
        var after = await officer.GetStringAsync($"/mot-cua/ho-so/{code}", Ct);
        after.ShouldContain("Lò Văn Minh");
        after.ShouldContain("Phân công: Hoàng Thị Lan");
        after.ShouldNotContain("Phân công: chuyenvien.tuphap@motcua.demo");
    }

    [Fact]
    public async Task Tracking_needs_the_second_factor_and_a_wrong_one_looks_like_an_unknown_code()
    {
        var code = await _desk.ReceivedCodeAsync();
        using var anonymous = App.CreateClient();

        (await anonymous.GetAsync($"/api/v1/tracking/{code}?verifier=1234", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // last 4 of the CCCD
        using var wrong = await anonymous.GetAsync($"/api/v1/tracking/{code}?verifier=0000", Ct);
        using var unknown = await anonymous.GetAsync("/api/v1/tracking/000.00.35.H40-260302-9999?verifier=0000", Ct);
        using var missing = await anonymous.GetAsync($"/api/v1/tracking/{code}", Ct);

        wrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (wrongProblem, unknownProblem) = (await wrong.Content.ReadFromJsonAsync<JsonElement>(Ct), await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct));
        wrongProblem.GetProperty("detail").GetString().ShouldBe(unknownProblem.GetProperty("detail").GetString());
        wrongProblem.GetProperty("code").GetString().ShouldBe(unknownProblem.GetProperty("code").GetString());
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_supplement_during_processing_shows_status_5_to_the_applicant_and_processing_resumes_when_supplied()
    {
        var code = await _desk.ReceivedCodeAsync();
        await _desk.DoAsync(Desk, code, "transfer");
        var asked = await _desk.DoAsync(Officer, code, "request-supplement", new
        {
            items = new[] { new { componentNumber = 2, reason = "Bản sao Căn cước đã hết hạn: nộp bản sao Căn cước còn giá trị." } },
            contact = "Hoàng Thị Lan, 0214 3840 888",
        });
        State(asked).ShouldBe("AwaitingSupplement");
        asked.GetProperty("statusCode").GetInt32().ShouldBe(5);
        using var anonymous = App.CreateClient();
        var tracked = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/tracking/{code}?verifier=5678", Ct);
        tracked.GetProperty("supplementNeeded")[0].GetProperty("reason").GetString()!.ShouldContain("Căn cước");

        var scan = await _desk.UploadAsync(Desk, Pdf, "can-cuoc-moi.pdf");
        var supplied = await _desk.DoAsync(Desk, code, "supply-supplement", new { note = "Đã nộp bản sao mới", files = new[] { new { componentNumber = 2, fileId = scan } } });

        State(supplied).ShouldBe("InProcessing");
        supplied.GetProperty("components")[1].GetProperty("file").GetProperty("fileName").GetString().ShouldBe("can-cuoc-moi.pdf");
        var supplement = supplied.GetProperty("supplements")[0];
        supplement.GetProperty("stage").GetString().ShouldBe("Processing");
        supplement.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.String);
        supplied.GetProperty("currentStep").GetProperty("assignee").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_dossier_refused_at_intake_ends_there_and_nothing_more_can_happen_to_it()
    {
        var received = await _desk.ReceiveAsync(Body(UniqueName(), accept: false));
        var code = received.GetProperty("code").GetString()!;
        State(received).ShouldBe("Submitted");
        received.GetProperty("legalDueAt").ValueKind.ShouldBe(JsonValueKind.Null);

        var refused = await _desk.DoAsync(Desk, code, "refuse", new { reasons = new[] { new { componentNumber = (int?)null, reason = "Thủ tục không thuộc thẩm quyền giải quyết của tỉnh Lào Cai." } } });
        State(refused).ShouldBe("Refused");
        refused.GetProperty("statusCode").GetInt32().ShouldBe(3);

        using var again = await _desk.ActAsync(Desk, code, "accept");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("Không được tiếp nhận");
    }

    [Fact]
    public async Task A_withdrawn_dossier_ends_processing_with_status_7()
    {
        var code = await _desk.ReceivedCodeAsync();

        var withdrawn = await _desk.DoAsync(Desk, code, "withdraw", new { reason = "Công dân có đơn xin rút hồ sơ" });

        State(withdrawn).ShouldBe("Withdrawn");
        withdrawn.GetProperty("statusCode").GetInt32().ShouldBe(7);
        withdrawn.GetProperty("processingEndedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task The_leader_may_apologize_with_a_new_date_only_once()
    {
        var code = await _desk.ReceivedCodeAsync();
        await _desk.DoAsync(Desk, code, "transfer");

        var apologized = await _desk.DoAsync(Leader, code, "apologize", new { newDate = "2026-03-31", reason = "Chờ kết quả xác minh của Công an tỉnh" });
        apologized.GetProperty("appointmentAt").GetDateTime().ShouldBe(new DateTime(2026, 3, 31, 10, 0, 0, DateTimeKind.Utc));
        apologized.GetProperty("legalDueAt").GetDateTime().ShouldBe(new DateTime(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc));

        using var second = await _desk.ActAsync(Leader, code, "apologize", new { newDate = "2026-04-15", reason = "Chậm thêm" });
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync(Ct)).ShouldContain("Điều 19 khoản 9");
    }

    [Fact]
    public async Task Inter_agency_steps_and_the_fee_pause_go_out_and_come_back()
    {
        var code = await _desk.ReceivedCodeAsync();
        await _desk.DoAsync(Desk, code, "transfer");
        await _desk.DoAsync(Officer, code, "assign", new { assignee = Officer });

        var sent = await _desk.DoAsync(Officer, code, "send-to-agency", new { agencyName = "Công an tỉnh Lào Cai", task = "Xác minh nhân thân", budgetAmount = 3, budgetUnit = "WorkingDays" });
        State(sent).ShouldBe("AtOtherAgency");
        sent.GetProperty("currentStep").GetProperty("atOtherAgency").GetBoolean().ShouldBeTrue();
        State(await _desk.DoAsync(Officer, code, "receive-from-agency", new { note = "Có kết quả xác minh" })).ShouldBe("InProcessing");

        var waiting = await _desk.DoAsync(Officer, code, "request-financial-obligation", new { description = "Phí cung cấp thông tin lý lịch tư pháp", amountDong = 200000 });
        waiting.GetProperty("statusCode").GetInt32().ShouldBe(6);
        var paid = await _desk.DoAsync(Desk, code, "confirm-payment", new { note = "Biên lai số 0012345" });
        State(paid).ShouldBe("InProcessing");
        paid.GetProperty("pauses")[0].GetProperty("endedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }
}

public sealed class DossierLifecycleApiTests_Sqlite(SqliteApp app) : DossierLifecycleApiTests(app);

public sealed class DossierLifecycleApiTests_Postgres(PostgresApp app) : DossierLifecycleApiTests(app);
