using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.DemoData;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Auditing;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Administration;

public abstract class StaffManagementTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string SaPa = "000.00.53.H40";
    private const string Password = "Canbo@2026x";
    private readonly TestTag _tag = new();

    [Fact]
    public async Task The_admin_creates_a_desk_officer_who_is_found_by_a_name_typed_without_diacritics()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var email = _tag.Email("huong");

        using var response = await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            fullName = _tag.Text("Đặng Thị Hường"),
            email,
            unitCode = SaPa,
            role = StaffRoles.DeskOfficer,
            title = "Công chức một cửa",
            password = Password,
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var list = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/staff?q={Uri.EscapeDataString(_tag.Text("dang thi huong").ToLowerInvariant())}", Ct);
        var item = list.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("email").GetString().ShouldBe(email);
        item.GetProperty("role").GetString().ShouldBe(StaffRoles.DeskOfficer);
        item.GetProperty("coversSubtree").GetBoolean().ShouldBeFalse();
        item.GetProperty("unitCode").GetString().ShouldBe(SaPa);
        item.GetProperty("status").GetString().ShouldBe("Active");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/staff?q={Uri.EscapeDataString(email.ToUpperInvariant())}", Ct))
            .GetProperty("items").GetArrayLength().ShouldBe(1);
        var audit = (await AuditOfAsync(created.GetProperty("id").GetString()!)).ShouldHaveSingleItem();
        (audit.Action, audit.FromState, audit.ToState).ShouldBe(("staff.created", null, StaffRoles.DeskOfficer));
        audit.Details!.ShouldNotContain(Password);
    }

    public static TheoryData<string, string, string, string, string, string> BadStaff => new()
    {
        // field, full name, email ("new" = a fresh one), unit, role, password
        { "fullName", "", "new", SaPa, StaffRoles.DeskOfficer, Password },
        { "fullName", new string('x', StaffUser.FullNameMaxLength + 1), "new", SaPa, StaffRoles.DeskOfficer, Password },
        { "email", "Cán bộ thử", "admin@motcua.demo", SaPa, StaffRoles.DeskOfficer, Password },
        { "email", "Cán bộ thử", "không phải thư", SaPa, StaffRoles.DeskOfficer, Password },
        { "email", "Cán bộ thử", "", SaPa, StaffRoles.DeskOfficer, Password },
        { "unitCode", "Cán bộ thử", "new", "999.99.99.X99", StaffRoles.DeskOfficer, Password },
        { "role", "Cán bộ thử", "new", SaPa, "Director", Password },
        { "role", "Cán bộ thử", "new", SaPa, "", Password },
        { "password", "Cán bộ thử", "new", SaPa, StaffRoles.DeskOfficer, "Ngan1" },
        { "password", "Cán bộ thử", "new", SaPa, StaffRoles.DeskOfficer, "khongcochuhoa123" },
        { "password", "Cán bộ thử", "new", SaPa, StaffRoles.DeskOfficer, "KhongCoChuSoNao" },
        { "password", "Cán bộ thử", "new", SaPa, StaffRoles.DeskOfficer, "" },
    };

    [Theory]
    [MemberData(nameof(BadStaff))]
    public async Task A_bad_account_is_refused_on_its_field_and_nothing_is_written(string field, string fullName, string email, string unitCode, string role, string password)
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var sentEmail = email == "new" ? _tag.Email("sai") : email;

        using var response = await admin.PostAsJsonAsync("/api/v1/staff", new { fullName, email = sentEmail, unitCode, role, password }, Ct);

        var messages = await response.ShouldBeValidationProblemAsync(field);
        messages[0].GetString()!.ShouldContain(c => c > 127, customMessage: "the message is Vietnamese");
        if (email == "new")
        {
            await using var scope = App.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(sentEmail)).ShouldBeNull();
        }
    }

    [Fact]
    public async Task A_weak_password_gets_every_rule_it_breaks()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");

        using var response = await admin.PostAsJsonAsync("/api/v1/staff", new { fullName = "Cán bộ", email = _tag.Email("yeu"), unitCode = SaPa, role = StaffRoles.DeskOfficer, password = "abc" }, Ct);

        var messages = (await response.ShouldBeValidationProblemAsync("password")).EnumerateArray().Select(m => m.GetString()).ToList();
        messages.ShouldContain("Mật khẩu phải có ít nhất 10 ký tự.");
        messages.ShouldContain("Mật khẩu phải có ít nhất một chữ số.");
        messages.ShouldContain("Mật khẩu phải có ít nhất một chữ hoa.");
    }

    [Fact]
    public async Task The_staff_list_pages_through_namesakes_without_losing_or_repeating_anyone()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        foreach (var local in new[] { "an1", "an2", "an3" })
        {
            (await admin.PostAsJsonAsync("/api/v1/staff", new { fullName = _tag.Text("Nguyễn Văn An"), email = _tag.Email(local), unitCode = SaPa, role = StaffRoles.ProcessingOfficer, password = Password }, Ct))
                .EnsureSuccessStatusCode();
        }

        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/staff?q={_tag}&limit=2", Ct);
        var next = first.GetProperty("next").GetString();
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/staff?q={_tag}&limit=2&after={next}", Ct);

        var emails = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("email").GetString()).ToList();
        emails.ShouldBe([_tag.Email("an1"), _tag.Email("an2"), _tag.Email("an3")]);
        second.GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?after=%25%25", "after")]
    [InlineData("?after=YWJj", "after")]
    [InlineData("?unit=999.99.99.X99", "unit")]
    public async Task Bad_list_parameters_are_refused(string query, string field)
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");

        using var response = await admin.GetAsync("/api/v1/staff" + query, Ct);

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Filtering_by_a_district_lists_the_staff_of_its_communes_too()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");

        var list = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/staff?unit={SaPa}&limit=100", Ct);

        var emails = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("email").GetString()).ToList();
        emails.ShouldContain("motcua.sapa@motcua.demo");
        emails.ShouldContain("motcua.tavan@motcua.demo");
        emails.ShouldNotContain("admin@motcua.demo");
    }

    [Theory]
    [InlineData("kiemsoat@motcua.demo")]
    [InlineData("motcua.tinh@motcua.demo")]
    public async Task Only_a_system_administrator_may_list_or_create_staff(string email)
    {
        using var staff = await App.SignedInClientAsync(email);
        var newEmail = _tag.Email("khongduoc");

        using var list = await staff.GetAsync("/api/v1/staff", Ct);
        using var create = await staff.PostAsJsonAsync("/api/v1/staff", new { fullName = "Cán bộ", email = newEmail, unitCode = SaPa, role = StaffRoles.SystemAdmin, password = Password }, Ct);

        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var scope = App.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(newEmail)).ShouldBeNull();
    }

    [Fact]
    public async Task Anonymous_callers_cannot_see_or_create_staff()
    {
        using var anonymous = App.CreateClient();

        using var list = await anonymous.GetAsync("/api/v1/staff", Ct);
        using var create = await anonymous.PostAsJsonAsync("/api/v1/staff", new { fullName = "Cán bộ", email = _tag.Email("andanh"), unitCode = SaPa, role = StaffRoles.DeskOfficer, password = Password }, Ct);

        list.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        create.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_the_admin_unlocks_it()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var email = _tag.Email("khoa");
        var id = await CreateStaffAsync(admin, email, SaPa, StaffRoles.DeskOfficer);
        using var client = App.CreateClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Sai@mat-khau1" }, Ct);
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = Password }, Ct);
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await locked.Content.ReadAsStringAsync(Ct)).ShouldContain("tạm thời bị khóa");
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/staff?q={Uri.EscapeDataString(email)}", Ct);
        listed.GetProperty("items")[0].GetProperty("status").GetString().ShouldBe("TemporarilyLocked");

        using var unlock = await admin.PostAsync($"/api/v1/staff/{id}/unlock", null, Ct);
        unlock.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = Password }, Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AuditOfAsync(id)).Select(a => (a.Action, a.FromState, a.ToState))
            .ShouldContain(("staff.unlocked", "TemporarilyLocked", "Active"));
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_and_the_admin_cannot_lock_themselves()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var email = _tag.Email("bikhoa");
        var id = await CreateStaffAsync(admin, email, SaPa, StaffRoles.ProcessingOfficer);

        using var lockResponse = await admin.PostAsync($"/api/v1/staff/{id}/lock", null, Ct);
        using var client = App.CreateClient();
        using var signIn = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = Password }, Ct);
        using var self = await admin.PostAsync($"/api/v1/staff/{DemoIds.Unit("staff:admin@motcua.demo")}/lock", null, Ct);

        lockResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        self.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await self.Content.ReadAsStringAsync(Ct)).ShouldContain("không thể tự khóa");
        using var adminStillWorks = await admin.GetAsync("/api/v1/staff?limit=1", Ct);
        adminStillWorks.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AuditOfAsync(id)).Select(a => (a.Action, a.FromState, a.ToState)).ShouldContain(("staff.locked", "Active", "Locked"));
    }

    [Fact]
    public async Task Changing_role_and_unit_is_audited_and_an_admin_cannot_demote_themselves()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var id = await CreateStaffAsync(admin, _tag.Email("doivaitro"), SaPa, StaffRoles.ProcessingOfficer);

        using var edited = await admin.PutAsJsonAsync($"/api/v1/staff/{id}", new { fullName = _tag.Text("Lý Văn Bình"), unitCode = "000.02.53.H40", role = StaffRoles.DepartmentLeader, title = "Trưởng phòng" }, Ct);
        using var demoteSelf = await admin.PutAsJsonAsync($"/api/v1/staff/{DemoIds.Unit("staff:admin@motcua.demo")}", new { fullName = "Quản trị hệ thống", unitCode = "000.00.00.H40", role = StaffRoles.DeskOfficer }, Ct);

        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        await demoteSelf.ShouldBeValidationProblemAsync("role");
        var audit = (await AuditOfAsync(id)).Single(a => a.Action == "staff.edited");
        (audit.FromState, audit.ToState).ShouldBe((StaffRoles.ProcessingOfficer, StaffRoles.DepartmentLeader));
        audit.Details!.ShouldContain("000.02.53.H40");
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var email = _tag.Email("matkhau");
        var id = await CreateStaffAsync(admin, email, SaPa, StaffRoles.DeskOfficer);

        using var weak = await admin.PostAsJsonAsync($"/api/v1/staff/{id}/password", new { newPassword = "yeu" }, Ct);
        using var reset = await admin.PostAsJsonAsync($"/api/v1/staff/{id}/password", new { newPassword = "MatKhauMoi2026" }, Ct);

        await weak.ShouldBeValidationProblemAsync("newPassword");
        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var client = App.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = Password }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "MatKhauMoi2026" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_desk_officer_created_at_a_new_commune_is_scoped_to_that_commune_only()
    {
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var communeCode = _tag.Code("53.H40");
        (await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code = communeCode, name = _tag.Text("UBND xã Mường Hoa"), kind = "Commune", parentCode = SaPa }, Ct)).EnsureSuccessStatusCode();
        var officerEmail = _tag.Email("motcua.muonghoa");
        var leaderEmail = _tag.Email("lanhdao.sapa");
        await CreateStaffAsync(admin, officerEmail, communeCode, StaffRoles.DeskOfficer);
        await CreateStaffAsync(admin, leaderEmail, SaPa, StaffRoles.AgencyLeader);

        using var client = App.CreateClient();
        using var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = officerEmail, password = Password }, Ct);
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        (await client.GetAsync("/api/v1/staff", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var communePath = $"/000.00.00.H40/{SaPa}/{communeCode}/";
        var officer = await PrincipalOfAsync(officerEmail);
        officer.UnitPath().ShouldBe(communePath);
        officer.Covers(communePath).ShouldBeTrue();
        officer.Covers($"/000.00.00.H40/{SaPa}/").ShouldBeFalse();
        officer.Covers($"/000.00.00.H40/{SaPa}/000.21.53.H40/").ShouldBeFalse();
        var leader = await PrincipalOfAsync(leaderEmail);
        leader.Covers(communePath).ShouldBeTrue();
        leader.Covers("/000.00.00.H40/000.00.51.H40/").ShouldBeFalse();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> CreateStaffAsync(HttpClient admin, string email, string unitCode, string role)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/staff", new { fullName = _tag.Text("Cán bộ thử"), email, unitCode, role, password = Password }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalOfAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>();
        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<List<AuditEntry>> AuditOfAsync(string entityId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<AuditEntry>()
            .Where(a => a.EntityId == entityId).OrderBy(a => a.Id).ToListAsync(Ct);
    }
}

public sealed class StaffManagementTests_Sqlite(SqliteApp app) : StaffManagementTests(app);

public sealed class StaffManagementTests_Postgres(PostgresApp app) : StaffManagementTests(app);
