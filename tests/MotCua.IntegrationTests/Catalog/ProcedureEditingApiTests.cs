using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MotCua.Catalog.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Catalog;

public abstract class ProcedureEditingApiTests(MotCuaApp app) : IntegrationTest(app)
{
    private readonly CatalogEditing _catalog = new(app);

    [Fact]
    public async Task A_procedure_goes_from_draft_to_published_and_its_history_shows_each_version_with_its_changes()
    {
        var field = await _catalog.NewFieldAsync();
        var code = CatalogEditing.NewCode();
        using var client = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);

        using var created = await CatalogEditing.CreateAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var stamp = await CatalogEditing.StampOf(created);
        using var saved = await CatalogEditing.SaveDraftAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice, days: 8), stamp);
        var savedBody = await CatalogEditing.ReadAsync(saved);
        savedBody["versionNumber"]!.GetValue<int>().ShouldBe(1);
        stamp = savedBody["concurrencyStamp"]!.GetValue<Guid>();
        using var published = await CatalogEditing.PublishAsync(client, code, CatalogEditing.Decision(new DateOnly(2026, 3, 1)), stamp);
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CatalogEditing.ReadAsync(published))["status"]!.GetValue<string>().ShouldBe("Published");

        var history = await client.GetFromJsonAsync<JsonNode>($"/api/v1/procedures/{code}/versions", TestContext.Current.CancellationToken);
        var version = history!["versions"]!.AsArray().ShouldHaveSingleItem()!;
        version["status"]!.GetValue<string>().ShouldBe("Published");
        version["decision"]!["number"]!.GetValue<string>().ShouldBe("123/QĐ-UBND");
        version["effectiveFrom"]!.GetValue<string>().ShouldBe("2026-03-01");
        var audit = await _catalog.AuditOfAsync(code);
        audit.Select(e => (e.Action, e.FromState, e.ToState)).ShouldBe(
            [("procedure.created", null, "Draft"), ("procedure.draft_saved", "Draft", "Draft"), ("procedure.published", "Draft", "Published")]);
        audit.ShouldAllBe(e => e.Actor == CatalogEditing.ControlOfficer);
    }

    [Fact]
    public async Task Publishing_a_second_version_supersedes_the_first_which_stays_in_the_history()
    {
        var field = await _catalog.NewFieldAsync();
        var code = CatalogEditing.NewCode();
        using var client = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);
        var stamp = await CatalogEditing.PublishedAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice));
        var amended = CatalogEditing.Content(field, CatalogEditing.Justice, days: 7) with
        {
            Fees = [.. CatalogEditing.Content(field, CatalogEditing.Justice).Fees, new FeeItem { Kind = FeeKind.Charge, Description = "Lệ phí cấp bản sao", AmountDong = 5_000 }],
        };

        using var opened = await CatalogEditing.SaveDraftAsync(client, code, amended, stamp);
        var openedBody = await CatalogEditing.ReadAsync(opened);
        openedBody["versionNumber"]!.GetValue<int>().ShouldBe(2);
        using var published = await CatalogEditing.PublishAsync(client, code, CatalogEditing.Decision(new DateOnly(2026, 6, 1), "456/QĐ-UBND"),
            openedBody["concurrencyStamp"]!.GetValue<Guid>());
        published.StatusCode.ShouldBe(HttpStatusCode.OK);

        var history = await client.GetFromJsonAsync<JsonNode>($"/api/v1/procedures/{code}/versions", TestContext.Current.CancellationToken);
        var versions = history!["versions"]!.AsArray();
        versions.Select(v => (v!["number"]!.GetValue<int>(), v["status"]!.GetValue<string>())).ShouldBe([(2, "Published"), (1, "Superseded")]);
        versions[1]!["effectiveTo"]!.GetValue<string>().ShouldBe("2026-05-31");
        var changes = versions[0]!["changes"]!.AsArray().Select(c => (c!["label"]!.GetValue<string>(), c["kind"]!.GetValue<string>(), c["after"]!.GetValue<string>())).ToList();
        changes.ShouldBe([("Thời hạn giải quyết: Mọi cách thức", "Changed", "7 ngày làm việc"), ("Phí, lệ phí: Lệ phí – Lệ phí cấp bản sao", "Added", "5.000 đồng")]);
        var audit = await _catalog.AuditOfAsync(code);
        audit[^2].ToState.ShouldBe("Draft");
        audit[^2].FromState.ShouldBe("Published");
        audit[^1].Details.ShouldNotBeNull().ShouldContain("thay thế phiên bản 1");
    }

    [Fact]
    public async Task Retiring_ends_the_procedure_and_no_draft_can_be_opened_afterwards()
    {
        var field = await _catalog.NewFieldAsync();
        var code = CatalogEditing.NewCode();
        using var client = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);
        var stamp = await CatalogEditing.PublishedAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice));

        using var retired = await CatalogEditing.RetireAsync(client, code, CatalogEditing.Decision(new DateOnly(2026, 9, 1), "789/QĐ-UBND"), stamp);

        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        var history = await client.GetFromJsonAsync<JsonNode>($"/api/v1/procedures/{code}/versions", TestContext.Current.CancellationToken);
        history!["retiredOn"]!.GetValue<string>().ShouldBe("2026-09-01");
        history["retirementDecisionNumber"]!.GetValue<string>().ShouldBe("789/QĐ-UBND");
        (await _catalog.AuditOfAsync(code))[^1].ShouldSatisfyAllConditions(
            e => e.Action.ShouldBe("procedure.retired"), e => e.FromState.ShouldBe("Published"), e => e.ToState.ShouldBe("Retired"));
        var before = await _catalog.WrittenForAsync(code);
        using var edit = await CatalogEditing.SaveDraftAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice), await CatalogEditing.StampOf(retired));
        edit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CatalogEditing.ReadAsync(edit))["detail"]!.GetValue<string>().ShouldContain("bãi bỏ");
        (await _catalog.WrittenForAsync(code)).ShouldBe(before);
    }

    [Fact]
    public async Task An_internal_process_within_the_legal_time_is_approved_and_a_longer_one_is_refused_without_writing()
    {
        var field = await _catalog.NewFieldAsync();
        var code = CatalogEditing.NewCode();
        using var client = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);
        await CatalogEditing.PublishedAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice, days: 10));
        var url = $"/api/v1/procedures/{code}/internal-processes/000.00.12.H40";
        object Step(string name, decimal budget, string unit = "WorkingDays") => new { name, role = "ProcessingOfficer", budget, budgetUnit = unit };

        using var approved = await client.PutAsJsonAsync(url, new { steps = new[] { Step("Tiếp nhận", 4, "WorkingHours"), Step("Thẩm định", 8), Step("Ký duyệt", 1.5m) }, publish = true },
            CatalogEditing.Json, TestContext.Current.CancellationToken);

        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = await CatalogEditing.ReadAsync(approved);
        view["isPublished"]!.GetValue<bool>().ShouldBeTrue();
        view["totalHours"]!.GetValue<decimal>().ShouldBe(80);
        var before = await _catalog.WrittenForAsync(code);

        using var tooLong = await client.PutAsJsonAsync(url, new { steps = new[] { Step("Thẩm định", 9), Step("Ký duyệt", 2) }, publish = true },
            CatalogEditing.Json, TestContext.Current.CancellationToken);

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CatalogEditing.ReadAsync(tooLong))["errors"]!["Steps"]![0]!.GetValue<string>().ShouldContain("vượt thời hạn giải quyết theo quy định (10 ngày làm việc)");
        (await _catalog.WrittenForAsync(code)).ShouldBe(before);
    }

    public static TheoryData<string, string> BadContents => new()
    {
        { "empty-name", "Name" },
        { "long-name", "Name" },
        { "negative-fee", "Fees[0].AmountDong" },
        { "unknown-unit", "ImplementingUnitId" },
        { "unknown-field", "FieldCode" },
        { "bad-code", "Code" },
        { "zero-time", "ProcessingTimes[0].Amount" },
        { "component-without-copies", "Components[0].Originals" },
    };

    [Theory]
    [MemberData(nameof(BadContents))]
    public async Task A_bad_new_procedure_is_refused_field_by_field_and_nothing_is_written(string mistake, string key)
    {
        var field = await _catalog.NewFieldAsync();
        var code = mistake == "bad-code" ? "9.abc-" + Guid.NewGuid().ToString("N")[..6] : CatalogEditing.NewCode();
        var good = CatalogEditing.Content(field, CatalogEditing.Justice);
        var content = mistake switch
        {
            "empty-name" => good with { Name = "  " },
            "long-name" => good with { Name = new string('a', ProcedureContent.NameMaxLength + 1) },
            "negative-fee" => good with { Fees = [new FeeItem { Description = "Lệ phí", AmountDong = -1 }] },
            "unknown-unit" => good with { ImplementingUnitId = Guid.NewGuid() },
            "unknown-field" => good with { FieldCode = "KHONGCO" + field },
            "zero-time" => good with { ProcessingTimes = [new ProcessingTime { Amount = 0 }] },
            "component-without-copies" => good with { Components = [new DossierComponent { Name = "Tờ khai" }] },
            _ => good,
        };
        using var client = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);

        using var response = await CatalogEditing.CreateAsync(client, code, content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await CatalogEditing.ReadAsync(response);
        problem["title"]!.GetValue<string>().ShouldBe("Dữ liệu không hợp lệ");
        problem["errors"]!.AsObject().ShouldContainKey(key);
        (await _catalog.WrittenForAsync(code)).ShouldBe((0, 0, 0));
    }

    [Fact]
    public async Task A_duplicate_code_is_refused_with_the_code_named_and_the_existing_procedure_is_untouched()
    {
        var field = await _catalog.NewFieldAsync();
        var code = CatalogEditing.NewCode();
        using var client = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);
        using var first = await CatalogEditing.CreateAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice));
        first.EnsureSuccessStatusCode();

        using var second = await CatalogEditing.CreateAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice) with { Name = "Tên khác" });

        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CatalogEditing.ReadAsync(second))["errors"]!["Code"]![0]!.GetValue<string>().ShouldBe($"Mã thủ tục {code} đã tồn tại trong danh mục.");
        (await _catalog.WrittenForAsync(code)).ShouldBe((1, 1, 0));
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_stamp_gets_409_and_does_not_overwrite()
    {
        var field = await _catalog.NewFieldAsync();
        var code = CatalogEditing.NewCode();
        using var client = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);
        using var created = await CatalogEditing.CreateAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice));
        var opened = await CatalogEditing.StampOf(created);
        using var first = await CatalogEditing.SaveDraftAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice, days: 5), opened);
        first.EnsureSuccessStatusCode();
        var before = await _catalog.WrittenForAsync(code);

        using var stale = await CatalogEditing.SaveDraftAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice, days: 3), opened);
        using var stalePublish = await CatalogEditing.PublishAsync(client, code, CatalogEditing.Decision(new DateOnly(2026, 3, 1)), opened);

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stalePublish.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CatalogEditing.ReadAsync(stale))["detail"]!.GetValue<string>().ShouldContain("người khác cập nhật");
        (await _catalog.WrittenForAsync(code)).ShouldBe(before);
        var history = await client.GetFromJsonAsync<JsonNode>($"/api/v1/procedures/{code}/versions", TestContext.Current.CancellationToken);
        history!["versions"]![0]!["status"]!.GetValue<string>().ShouldBe("Draft");
    }

    [Fact]
    public async Task A_publication_decision_without_number_or_signer_is_refused_and_the_draft_stays()
    {
        var field = await _catalog.NewFieldAsync();
        var code = CatalogEditing.NewCode();
        using var client = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);
        using var created = await CatalogEditing.CreateAsync(client, code, CatalogEditing.Content(field, CatalogEditing.Justice));
        var stamp = await CatalogEditing.StampOf(created);

        using var response = await CatalogEditing.PublishAsync(client, code,
            new { number = "", signer = "", signedOn = new DateOnly(2026, 3, 1), effectiveOn = new DateOnly(2026, 2, 1) }, stamp);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CatalogEditing.ReadAsync(response))["errors"]!.AsObject().Select(e => e.Key)
            .ShouldBe(["Decision.Number", "Decision.Signer", "Decision.EffectiveOn"], ignoreOrder: true);
        (await _catalog.WrittenForAsync(code)).ShouldBe((1, 1, 0));
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_desk_officers_403_and_nothing_is_written()
    {
        var field = await _catalog.NewFieldAsync();
        var code = CatalogEditing.NewCode();
        using var anonymous = App.CreateClient();
        using var desk = await App.SignedInClientAsync(CatalogEditing.DeskOfficer);

        using var unauthenticated = await CatalogEditing.CreateAsync(anonymous, code, CatalogEditing.Content(field, CatalogEditing.Justice));
        using var forbidden = await CatalogEditing.CreateAsync(desk, code, CatalogEditing.Content(field, CatalogEditing.Justice));
        using var history = await desk.GetAsync($"/api/v1/procedures/{code}/versions", TestContext.Current.CancellationToken);

        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CatalogEditing.ReadAsync(unauthenticated))["title"]!.GetValue<string>().ShouldBe("Chưa đăng nhập");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CatalogEditing.ReadAsync(forbidden))["title"]!.GetValue<string>().ShouldBe("Không có quyền");
        history.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _catalog.WrittenForAsync(code)).ShouldBe((0, 0, 0));
    }

    [Fact]
    public async Task A_control_officer_of_one_agency_cannot_touch_another_agencys_procedures()
    {
        var field = await _catalog.NewFieldAsync();
        var justiceOfficer = await _catalog.NewControlOfficerAtAsync(CatalogEditing.Justice);
        using var province = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);
        using var justice = await App.SignedInClientAsync(justiceOfficer);
        var transportCode = CatalogEditing.NewCode();
        var stamp = await CatalogEditing.PublishedAsync(province, transportCode, CatalogEditing.Content(field, CatalogEditing.Transport));
        var before = await _catalog.WrittenForAsync(transportCode);
        var newCode = CatalogEditing.NewCode();

        using var create = await CatalogEditing.CreateAsync(justice, newCode, CatalogEditing.Content(field, CatalogEditing.Transport));
        using var save = await CatalogEditing.SaveDraftAsync(justice, transportCode, CatalogEditing.Content(field, CatalogEditing.Transport, days: 3), stamp);
        using var takeOver = await CatalogEditing.SaveDraftAsync(justice, transportCode, CatalogEditing.Content(field, CatalogEditing.Justice, days: 3), stamp);
        using var retire = await CatalogEditing.RetireAsync(justice, transportCode, CatalogEditing.Decision(new DateOnly(2026, 9, 1)), stamp);
        using var process = await justice.PutAsJsonAsync($"/api/v1/procedures/{transportCode}/internal-processes/000.00.10.H40",
            new { steps = new[] { new { name = "Thẩm định", role = "ProcessingOfficer", budget = 1 } }, publish = false }, CatalogEditing.Json, TestContext.Current.CancellationToken);

        new[] { create, save, takeOver, retire, process }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Forbidden);
        (await CatalogEditing.ReadAsync(create))["detail"]!.GetValue<string>().ShouldContain("Sở Giao thông vận tải");
        (await _catalog.WrittenForAsync(newCode)).ShouldBe((0, 0, 0));
        (await _catalog.WrittenForAsync(transportCode)).ShouldBe(before);

        using var own = await CatalogEditing.CreateAsync(justice, newCode, CatalogEditing.Content(field, CatalogEditing.Justice));
        own.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_unknown_procedure_is_404_in_vietnamese()
    {
        using var client = await App.SignedInClientAsync(CatalogEditing.ControlOfficer);

        using var response = await client.GetAsync("/api/v1/procedures/9.KHONGCO/versions", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CatalogEditing.ReadAsync(response))["detail"]!.GetValue<string>().ShouldBe("Không tìm thấy thủ tục mã 9.KHONGCO.");
    }
}

public sealed class ProcedureEditingApiTests_Sqlite(SqliteApp app) : ProcedureEditingApiTests(app);

public sealed class ProcedureEditingApiTests_Postgres(PostgresApp app) : ProcedureEditingApiTests(app);
