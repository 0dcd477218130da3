using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Engagement.Features.Feedback;
using MotCua.IntegrationTests.Administration;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Auditing;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Engagement;

/// <summary>PAKN through the API as its users use it: the public, the citizen, the officers of the unit and of another unit.</summary>
public abstract class FeedbackWorkflowTests(MotCuaApp app) : IntegrationTest(app)
{
    // The departments (phòng) the two processing officers belong to: a processing officer acts on their own unit only.
    private const string Justice = "000.01.12.H40";
    private const string Transport = "000.01.10.H40";
    private const string Officer = "chuyenvien.tuphap@motcua.demo";
    private const string OtherOfficer = "chuyenvien.gtvt@motcua.demo";
    private const string Mai = "001190123456";
    private const string Thu = "038092007777";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_citizen_submits_the_unit_receives_answers_and_publishes_and_the_public_votes_once_per_browser()
    {
        using var mai = await App.CitizenClientAsync(Mai);
        var code = await SubmitAsync(mai, await UnitIdAsync(Justice));
        using var officer = await App.SignedInClientAsync(Officer);

        var received = await StepAsync(officer, code, "receive", new { classification = "Regulation" });
        received.GetProperty("state").GetString().ShouldBe("InProgress");
        var answered = await StepAsync(officer, code, "result", new { text = "Đã sửa hướng dẫn tại Bộ phận Một cửa.", version = received.GetProperty("version").GetInt32() });
        answered.GetProperty("state").GetString().ShouldBe("AwaitingPublication");
        answered.GetProperty("handledLate").GetBoolean().ShouldBeFalse();
        (await StepAsync(officer, code, "publish", new { })).GetProperty("state").GetString().ShouldBe("Published");

        var answer = await PublishedAsync(App.CreateClient(), code);
        answer.GetProperty("result").GetString().ShouldBe("Đã sửa hướng dẫn tại Bộ phận Một cửa.");
        answer.TryGetProperty("petitionerName", out _).ShouldBeFalse();

        using var browser = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        (await VoteAsync(browser, code, like: false)).GetProperty("dislikes").GetInt32().ShouldBe(1);
        var again = await VoteAsync(browser, code, like: false);
        again.GetProperty("dislikes").GetInt32().ShouldBe(1);
        var changed = await VoteAsync(browser, code, like: true);
        changed.GetProperty("likes").GetInt32().ShouldBe(1);
        changed.GetProperty("dislikes").GetInt32().ShouldBe(0);
        (await VoteAsync(mai, code, like: false)).GetProperty("dislikes").GetInt32().ShouldBe(1);

        var audit = await InDatabaseAsync(db => db.Set<AuditEntry>().Where(a => a.EntityId == code).OrderBy(a => a.Id).Select(a => new { a.Action, a.FromState, a.ToState, a.Actor }).ToListAsync(Ct));
        audit.Select(a => a.Action).ShouldBe(["SubmitFeedback", "Receive", "RecordResult", "Publish"]);
        audit[1].FromState.ShouldBe("AwaitingReceipt");
        audit[1].Actor.ShouldBe(Officer);
    }

    [Fact]
    public async Task A_citizen_follows_only_their_own_petitions()
    {
        using var mai = await App.CitizenClientAsync(Mai);
        var code = await SubmitAsync(mai, await UnitIdAsync(Justice));
        using var thu = await App.CitizenClientAsync(Thu);

        var mine = await mai.GetFromJsonAsync<JsonElement>("/api/v1/citizen/feedback", Ct);
        mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldContain(code);
        (await mai.GetFromJsonAsync<JsonElement>($"/api/v1/citizen/feedback/{code}", Ct)).GetProperty("state").GetString().ShouldBe("AwaitingReceipt");
        using var other = await thu.GetAsync($"/api/v1/citizen/feedback/{code}", Ct);
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var theirs = await thu.GetFromJsonAsync<JsonElement>("/api/v1/citizen/feedback", Ct);
        theirs.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldNotContain(code);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_and_ends_the_petition()
    {
        var code = await SubmitAsync(App.CreateClient(), await UnitIdAsync(Justice));
        using var officer = await App.SignedInClientAsync(Officer);

        using (var empty = await officer.PostAsJsonAsync($"/api/v1/feedback/{code}/refuse", new { text = " " }, Ct))
        {
            var messages = await empty.ShouldBeValidationProblemAsync("reason");
            messages[0].GetString()!.ShouldContain("Lý do từ chối");
        }

        (await StepAsync(officer, code, "refuse", new { text = "Không có nội dung phản ánh." })).GetProperty("state").GetString().ShouldBe("Refused");
        using var late = await officer.PostAsJsonAsync($"/api/v1/feedback/{code}/receive", new { classification = "Regulation" }, Ct);
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await late.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("illegal-transition");
        problem.GetProperty("detail").GetString()!.ShouldContain("Từ chối");
    }

    [Fact]
    public async Task A_transfer_hands_the_petition_to_the_other_unit_with_a_new_time_limit()
    {
        var code = await SubmitAsync(App.CreateClient(), await UnitIdAsync(Justice));
        using var officer = await App.SignedInClientAsync(Officer);
        using var other = await App.SignedInClientAsync(OtherOfficer);
        using (var notTheirs = await other.PostAsJsonAsync($"/api/v1/feedback/{code}/receive", new { classification = "Conduct" }, Ct))
        {
            notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var moved = await StepAsync(officer, code, "transfer", new { unitId = await UnitIdAsync(Transport), text = "Thuộc thẩm quyền Sở Giao thông vận tải." });

        moved.GetProperty("state").GetString().ShouldBe("AwaitingReceipt");
        moved.GetProperty("transfers").GetInt32().ShouldBe(1);
        using (var gone = await officer.GetAsync($"/api/v1/feedback/{code}", Ct))
        {
            gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await other.GetFromJsonAsync<JsonElement>($"/api/v1/feedback/{code}", Ct)).GetProperty("unitId").GetGuid().ShouldBe(await UnitIdAsync(Transport));
        (await StepAsync(other, code, "receive", new { classification = "Conduct" })).GetProperty("classification").GetString().ShouldBe("Conduct");
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_conflict()
    {
        var code = await SubmitAsync(App.CreateClient(), await UnitIdAsync(Justice));
        using var officer = await App.SignedInClientAsync(Officer);

        using var stale = await officer.PostAsJsonAsync($"/api/v1/feedback/{code}/receive", new { classification = "Regulation", version = 99 }, Ct);

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("feedback-changed");
    }

    [Fact]
    public async Task Bad_input_is_answered_in_vietnamese_with_every_field_at_fault()
    {
        using var response = await App.CreateClient().PostAsJsonAsync(
            "/api/v1/feedback",
            new { unitId = await UnitIdAsync(Justice), petitionerName = "", petitionerPhone = "12", petitionerAddress = "Lào Cai", petitionerIdentityNumber = "12AB", subject = "", content = "Nội dung" },
            Ct);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("title").GetString().ShouldBe("Dữ liệu không hợp lệ");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "petitionerName", "petitionerPhone", "petitionerIdentityNumber", "subject" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        errors.GetProperty("petitionerName")[0].GetString()!.ShouldContain("Họ và tên không được để trống");
    }

    [Fact]
    public async Task A_missing_unit_and_an_unknown_earlier_code_are_reported_with_the_forms_own_errors_and_nothing_is_saved()
    {
        var subject = "Không lưu " + Guid.NewGuid().ToString("N");
        using var response = await App.CreateClient().PostAsJsonAsync(
            "/api/v1/feedback",
            new { petitionerName = "", petitionerPhone = "0912345678", petitionerAddress = "Lào Cai", subject, content = "", reRaises = "PAKN-000000-KHONGCO" },
            Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        foreach (var field in new[] { "unitId", "reRaises", "petitionerName", "content" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        await using var scope = App.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<DbContext>().Set<FeedbackCase>().CountAsync(f => f.Subject == subject, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task An_officer_registers_a_hotline_call_but_not_a_portal_submission_and_only_for_units_in_scope()
    {
        using var officer = await App.SignedInClientAsync(Officer);
        var justice = await UnitIdAsync(Justice);

        using var hotline = await officer.PostAsJsonAsync("/api/v1/feedback/registered", Body(justice, channel: "Hotline"), Ct);
        using var portal = await officer.PostAsJsonAsync("/api/v1/feedback/registered", Body(justice, channel: "Portal"), Ct);
        using var elsewhere = await officer.PostAsJsonAsync("/api/v1/feedback/registered", Body(await UnitIdAsync(Transport), channel: "Written"), Ct);

        hotline.StatusCode.ShouldBe(HttpStatusCode.Created, await hotline.Content.ReadAsStringAsync(Ct));
        var registered = await hotline.Content.ReadFromJsonAsync<JsonElement>(Ct);
        registered.GetProperty("channel").GetString().ShouldBe("Hotline");
        await portal.ShouldBeValidationProblemAsync("channel");
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var other = await App.SignedInClientAsync(OtherOfficer);
        using var mine = await App.SignedInClientAsync(Officer);
        var own = await mine.GetFromJsonAsync<JsonElement>("/api/v1/feedback?limit=100", Ct);
        own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldContain(registered.GetProperty("code").GetString());
        var page = await other.GetFromJsonAsync<JsonElement>("/api/v1/feedback?limit=100", Ct);
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldNotContain(registered.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_pages_show_the_form_the_register_and_the_published_answers()
    {
        using var anonymous = App.CreateClient();
        var form = await anonymous.GetStringAsync("/phan-anh-kien-nghi/gui", Ct);
        form.ShouldContain("Gửi phản ánh, kiến nghị");
        form.ShouldContain("name=\"PetitionerPhone\"");
        (await anonymous.GetStringAsync("/phan-anh-kien-nghi", Ct)).ShouldContain("Kết quả xử lý");
        using var officer = await App.SignedInClientAsync(Officer);
        (await officer.GetStringAsync("/xu-ly/pakn", Ct)).ShouldContain("Sổ theo dõi phản ánh, kiến nghị");
        var code = await SubmitAsync(anonymous, await UnitIdAsync(Justice));
        var detail = await officer.GetStringAsync($"/xu-ly/pakn/{code}", Ct);
        detail.ShouldContain("Tiếp nhận và phân loại");
        using var other = await App.SignedInClientAsync(OtherOfficer);
        using var hidden = await other.GetAsync($"/xu-ly/pakn/{code}", Ct);
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static object Body(Guid unitId, string? channel = null) => new
    {
        unitId,
        petitionerName = "Lò Văn Piểng",
        petitionerPhone = "0914 222 333",
        petitionerAddress = "Bản Tả Van, xã Tả Van",
        subject = "Đề nghị hướng dẫn thủ tục bằng tiếng Mông",
        content = "Người dân không đọc được hướng dẫn bằng tiếng Việt.",
        channel,
    };

    private static async Task<string> SubmitAsync(HttpClient client, Guid unitId)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/feedback", Body(unitId), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;
    }

    private static async Task<JsonElement> StepAsync(HttpClient client, string code, string step, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/feedback/{code}/{step}", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<JsonElement> VoteAsync(HttpClient client, string code, bool like)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/feedback/published/{code}/vote", new { like }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<JsonElement> PublishedAsync(HttpClient client, string code)
    {
        string? next = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/feedback/published" + (next is null ? "" : "?after=" + next), Ct);
            foreach (var item in page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("code").GetString() == code))
            {
                return item;
            }

            next = page.GetProperty("next").GetString();
        }
        while (next is not null);
        throw new ShouldAssertException($"{code} is not among the published answers.");
    }

    private async Task<Guid> UnitIdAsync(string code)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(code, Ct))!.Id;
    }

    private async Task<T> InDatabaseAsync<T>(Func<DbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DbContext>());
    }
}

public sealed class FeedbackWorkflowTests_Sqlite(SqliteApp app) : FeedbackWorkflowTests(app);

public sealed class FeedbackWorkflowTests_Postgres(PostgresApp app) : FeedbackWorkflowTests(app);
