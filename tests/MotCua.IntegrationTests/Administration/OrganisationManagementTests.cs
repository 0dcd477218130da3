using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Auditing;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Administration;

public abstract class OrganisationManagementTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string SaPa = "000.00.53.H40";
    private const string Justice = "000.00.12.H40";
    private readonly TestTag _tag = new();

    [Fact]
    public async Task The_admin_adds_a_commune_under_Sa_Pa_and_citizens_see_it_in_the_public_tree()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var code = _tag.Code("53.H40");

        using var response = await admin.PostAsJsonAsync("/api/v1/organisation/units",
            new { code, name = _tag.Text("Ủy ban nhân dân xã Tả Phìn"), kind = "Commune", parentCode = SaPa }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/organisation/units/{code}");
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        created.GetProperty("path").GetString().ShouldBe($"/000.00.00.H40/{SaPa}/{code}/");
        using var anonymous = App.CreateClient();
        (await anonymous.GetStringAsync("/api/v1/organisation/units?limit=100", Ct)).ShouldContain(_tag.Text("Ủy ban nhân dân xã Tả Phìn"));
        var audit = await AuditOfAsync(created.GetProperty("id").GetString()!);
        audit.ShouldHaveSingleItem().Action.ShouldBe("unit.created");
        (audit[0].Actor, audit[0].FromState, audit[0].ToState).ShouldBe(("admin@motcua.demo", null, "Commune"));
    }

    public static TheoryData<string, string, string, string?, string> BadUnits => new()
    {
        // field, code ("new" = a fresh one), name, kind, parent
        { "name", "new", "", "Commune", SaPa },
        { "name", "new", new string('x', OrganisationUnit.NameMaxLength + 1), "Commune", SaPa },
        { "code", "000.00.53.H40", "Xã trùng mã", "Commune", SaPa },
        { "code", "000.00.35.H40", "Xã trùng mã bộ phận một cửa", "Commune", SaPa },
        { "code", "xa ta phin", "Xã sai mã", "Commune", SaPa },
        { "code", "", "Xã thiếu mã", "Commune", SaPa },
        { "kind", "new", "Xã dưới Sở Tư pháp", "Commune", Justice },
        { "kind", "new", "Tỉnh thứ hai", "Province", "" },
        { "kind", "new", "Cấp không tồn tại", "Village", SaPa },
        { "parentCode", "new", "Xã mồ côi", "Commune", "" },
        { "parentCode", "new", "Xã không có cấp trên", "Commune", "999.99.99.X99" },
    };

    [Theory]
    [MemberData(nameof(BadUnits))]
    public async Task A_bad_unit_is_refused_with_a_vietnamese_message_on_its_field_and_nothing_is_written(string field, string code, string name, string? kind, string parent)
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var sentCode = code == "new" ? _tag.Code() : code;
        var sentName = name.Length is 0 or > OrganisationUnit.NameMaxLength ? name : _tag.Text(name);

        using var response = await admin.PostAsJsonAsync("/api/v1/organisation/units",
            new { code = sentCode, name = sentName, kind, parentCode = parent }, Ct);

        var messages = await response.ShouldBeValidationProblemAsync(field);
        messages[0].GetString()!.ShouldContain(c => c > 127, customMessage: "the message is Vietnamese");
        await WithDbAsync(async db =>
        {
            (await db.Set<OrganisationUnit>().AnyAsync(u => u.Name == sentName && sentName != "", Ct)).ShouldBeFalse();
            if (code == "new")
            {
                (await db.Set<OrganisationUnit>().AnyAsync(u => u.Code == sentCode, Ct)).ShouldBeFalse();
            }
        });
    }

    [Fact]
    public async Task Two_units_created_at_once_with_one_code_give_one_unit_and_one_field_error()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var code = _tag.Code("53.H40");

        var responses = await Task.WhenAll(Enumerable.Range(1, 2).Select(i => admin.PostAsJsonAsync("/api/v1/organisation/units",
            new { code, name = _tag.Text($"Xã tạo đồng thời {i}"), kind = "Commune", parentCode = SaPa }, Ct)));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.Created, HttpStatusCode.BadRequest]);
        await responses.Single(r => r.StatusCode == HttpStatusCode.BadRequest).ShouldBeValidationProblemAsync("code");
        await WithDbAsync(async db => (await db.Set<OrganisationUnit>().CountAsync(u => u.Code == code, Ct)).ShouldBe(1));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Every_mistake_is_reported_at_once()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");

        using var response = await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code = "sai mã", name = "", kind = "" }, Ct);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["code", "name", "kind"], ignoreOrder: true);
    }

    [Fact]
    public async Task Renaming_a_unit_keeps_its_code_and_is_audited_from_and_to()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var code = _tag.Code("53.H40");
        using var created = await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code, name = _tag.Text("UBND xã Bản Hồ"), kind = "Commune", parentCode = SaPa }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;

        using var renamed = await admin.PutAsJsonAsync($"/api/v1/organisation/units/{code}", new { name = _tag.Text("Ủy ban nhân dân xã Bản Hồ"), sortOrder = 7, code = "000.99.99.H40" }, Ct);
        using var empty = await admin.PutAsJsonAsync($"/api/v1/organisation/units/{code}", new { name = " " }, Ct);
        using var unknown = await admin.PutAsJsonAsync("/api/v1/organisation/units/999.99.99.X99", new { name = "Không có" }, Ct);

        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        await empty.ShouldBeValidationProblemAsync("name");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await WithDbAsync(async db =>
        {
            var unit = await db.Set<OrganisationUnit>().SingleAsync(u => u.Id == Guid.Parse(id), Ct);
            (unit.Code, unit.Name, unit.SortOrder).ShouldBe((code, _tag.Text("Ủy ban nhân dân xã Bản Hồ"), 7));
        });
        var edit = (await AuditOfAsync(id)).Where(a => a.Action == "unit.edited").ShouldHaveSingleItem();
        edit.Details!.ShouldContain(_tag.Text("UBND xã Bản Hồ"));
        edit.Details!.ShouldContain(_tag.Text("Ủy ban nhân dân xã Bản Hồ"));
    }

    [Fact]
    public async Task The_admin_opens_a_one_stop_desk_at_a_new_commune()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var unitCode = _tag.Code("53.H40");
        (await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code = unitCode, name = _tag.Text("UBND xã Thanh Bình"), kind = "Commune", parentCode = SaPa }, Ct)).EnsureSuccessStatusCode();
        var deskCode = _tag.Code("53.H40");

        using var response = await admin.PostAsJsonAsync("/api/v1/organisation/desks", new
        {
            code = deskCode,
            name = _tag.Text("Bộ phận Một cửa xã Thanh Bình"),
            kind = "CommuneDesk",
            unitCode,
            address = "Thôn Thanh Bình, xã Thanh Bình, thị xã Sa Pa",
            phone = "0214 3872 555",
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var anonymous = App.CreateClient();
        var tree = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/organisation/units?limit=100", Ct);
        var unit = tree.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("code").GetString() == unitCode);
        unit.GetProperty("desks").EnumerateArray().ShouldHaveSingleItem().GetProperty("phone").GetString().ShouldBe("0214 3872 555");
    }

    public static TheoryData<string, string, string, string, string, string> BadDesks => new()
    {
        // field, code, kind, unit, address, phone
        { "code", "000.30.53.H40", "DistrictDesk", SaPa, "Số 1", "" },
        { "code", "000.00.53.H40", "DistrictDesk", SaPa, "Số 1", "" },
        { "code", "bp sa pa", "DistrictDesk", SaPa, "Số 1", "" },
        { "kind", "new", "CommuneDesk", SaPa, "Số 1", "" },
        { "kind", "new", "Quầy", SaPa, "Số 1", "" },
        { "unitCode", "new", "DistrictDesk", "999.99.99.X99", "Số 1", "" },
        { "unitCode", "new", "DistrictDesk", "", "Số 1", "" },
        { "address", "new", "DistrictDesk", SaPa, "", "" },
        { "phone", "new", "DistrictDesk", SaPa, "Số 1", "gọi cho tôi" },
    };

    [Theory]
    [MemberData(nameof(BadDesks))]
    public async Task A_bad_desk_is_refused_on_its_field_and_nothing_is_written(string field, string code, string kind, string unitCode, string address, string phone)
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var name = _tag.Text("Bộ phận thử");

        using var response = await admin.PostAsJsonAsync("/api/v1/organisation/desks",
            new { code = code == "new" ? _tag.Code() : code, name, kind, unitCode, address, phone }, Ct);

        await response.ShouldBeValidationProblemAsync(field);
        await WithDbAsync(async db => (await db.Set<OneStopDesk>().AnyAsync(d => d.Name == name, Ct)).ShouldBeFalse());
    }

    [Theory]
    [InlineData("kiemsoat@motcua.demo")]
    [InlineData("motcua.tinh@motcua.demo")]
    public async Task Only_a_system_administrator_may_change_the_organisation(string email)
    {
        using var staff = await App.SignedInClientAsync(email);
        var code = _tag.Code();

        using var unit = await staff.PostAsJsonAsync("/api/v1/organisation/units", new { code, name = "Xã", kind = "Commune", parentCode = SaPa }, Ct);
        using var rename = await staff.PutAsJsonAsync($"/api/v1/organisation/units/{SaPa}", new { name = "Đổi tên" }, Ct);
        using var desk = await staff.PostAsJsonAsync("/api/v1/organisation/desks", new { code, name = "BP", kind = "DistrictDesk", unitCode = SaPa, address = "Số 1" }, Ct);

        unit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        rename.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        desk.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await WithDbAsync(async db => (await db.Set<OrganisationUnit>().SingleAsync(u => u.Code == SaPa, Ct)).Name.ShouldBe("Ủy ban nhân dân thị xã Sa Pa"));
    }

    [Fact]
    public async Task Anonymous_callers_must_sign_in_first()
    {
        using var anonymous = App.CreateClient();

        using var unit = await anonymous.PostAsJsonAsync("/api/v1/organisation/units", new { code = _tag.Code(), name = "Xã", kind = "Commune", parentCode = SaPa }, Ct);
        using var desk = await anonymous.PostAsJsonAsync("/api/v1/organisation/desks", new { code = _tag.Code(), name = "BP", kind = "DistrictDesk", unitCode = SaPa, address = "Số 1" }, Ct);

        unit.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        desk.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task WithDbAsync(Func<DbContext, Task> check)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await check(scope.ServiceProvider.GetRequiredService<DbContext>());
    }

    private async Task<List<AuditEntry>> AuditOfAsync(string entityId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<AuditEntry>()
            .Where(a => a.EntityId == entityId).OrderBy(a => a.Id).ToListAsync(Ct);
    }
}

public sealed class OrganisationManagementTests_Sqlite(SqliteApp app) : OrganisationManagementTests(app);

public sealed class OrganisationManagementTests_Postgres(PostgresApp app) : OrganisationManagementTests(app);
