using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Calendar;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Administration;

/// <summary>Office hours per unit (issue 3 §1): set by an administrator, inherited down the tree, read by deadlines.</summary>
public abstract class OfficeHoursTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Admin = "admin@motcua.demo";
    private readonly TestTag _tag = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_district_sets_its_hours_and_its_new_commune_keeps_them_until_it_sets_its_own()
    {
        var admin = await App.SignedInClientAsync(Admin);
        var (district, commune) = (_tag.Code(), _tag.Code());
        (await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code = district, name = _tag.Text("UBND huyện thử"), kind = "DistrictCommittee", parentCode = "000.00.00.H40" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code = commune, name = _tag.Text("UBND xã thử"), kind = "Commune", parentCode = district }, Ct)).EnsureSuccessStatusCode();
        var districtHours = new OfficeHours(new(7, 0), new(11, 0), new(13, 30), new(17, 30), new(16, 0));

        using var set = await admin.PutAsJsonAsync($"/api/v1/organisation/units/{district}/office-hours", districtHours, Ct);

        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync(Ct));
        (await OfficeHoursOfAsync(district)).ShouldBe(districtHours);
        (await OfficeHoursOfAsync(commune)).ShouldBe(districtHours);

        var communeHours = districtHours with { CutOff = new(15, 0) };
        (await admin.PutAsJsonAsync($"/api/v1/organisation/units/{commune}/office-hours", communeHours, Ct)).EnsureSuccessStatusCode();
        (await OfficeHoursOfAsync(commune)).ShouldBe(communeHours);

        using var cleared = await admin.PutAsJsonAsync($"/api/v1/organisation/units/{district}/office-hours", new { }, Ct);
        (await cleared.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("own").ValueKind.ShouldBe(JsonValueKind.Null);
        (await OfficeHoursOfAsync(district)).ShouldBe(OfficeHours.Default);
        (await OfficeHoursOfAsync(commune)).ShouldBe(communeHours);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var districtId = await db.Set<OrganisationUnit>().Where(u => u.Code == district).Select(u => u.Id).SingleAsync(Ct);
        (await db.Set<AuditEntry>().CountAsync(a => a.Action == "unit.office-hours-set" && a.EntityId == districtId.ToString(), Ct)).ShouldBe(2);
    }

    [Fact]
    public async Task The_unit_page_shows_the_hours_a_unit_inherits_and_a_time_field_for_each()
    {
        var admin = await App.SignedInClientAsync(Admin);
        var (district, commune) = (_tag.Code(), _tag.Code());
        (await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code = district, name = _tag.Text("UBND huyện thử"), kind = "DistrictCommittee", parentCode = "000.00.00.H40" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code = commune, name = _tag.Text("UBND xã thử"), kind = "Commune", parentCode = district }, Ct)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/organisation/units/{district}/office-hours",
            new OfficeHours(new(7, 0), new(11, 0), new(13, 30), new(17, 30), new(16, 0)), Ct)).EnsureSuccessStatusCode();

        var html = await admin.GetStringAsync($"/quan-tri/don-vi/{commune}/sua", Ct);

        html.ShouldContain("sáng 07:00–11:00, chiều 13:30–17:30, chốt 16:00");
        foreach (var name in new[] { "MorningStart", "MorningEnd", "AfternoonStart", "AfternoonEnd", "CutOff" })
        {
            html.ShouldContain($"name=\"{name}\" type=\"time\"");
        }
    }

    [Theory]
    [InlineData("afternoonStart", "07:30", "11:30", "11:00", "17:00", "15:00")]
    [InlineData("morningEnd", "11:30", "07:30", "13:00", "17:00", "15:00")]
    [InlineData("afternoonEnd", "07:30", "11:30", "13:00", "12:00", "15:00")]
    [InlineData("cutOff", "07:30", "11:30", "13:00", "17:00", "18:00")]
    [InlineData("cutOff", "07:30", "11:30", "13:00", "17:00", null)]
    public async Task Hours_out_of_order_or_incomplete_are_refused_on_their_field_and_nothing_changes(
        string field, string morningStart, string morningEnd, string afternoonStart, string afternoonEnd, string? cutOff)
    {
        var admin = await App.SignedInClientAsync(Admin);
        var code = _tag.Code();
        (await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code, name = _tag.Text("UBND huyện thử"), kind = "DistrictCommittee", parentCode = "000.00.00.H40" }, Ct)).EnsureSuccessStatusCode();

        using var response = await admin.PutAsJsonAsync($"/api/v1/organisation/units/{code}/office-hours",
            new { morningStart, morningEnd, afternoonStart, afternoonEnd, cutOff }, Ct);

        await response.ShouldBeValidationProblemAsync(field);
        (await OfficeHoursOfAsync(code)).ShouldBe(OfficeHours.Default);
    }

    [Theory]
    [InlineData("kiemsoat@motcua.demo", HttpStatusCode.Forbidden)]
    [InlineData("motcua.sapa@motcua.demo", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Only_a_system_administrator_sets_office_hours(string? email, HttpStatusCode expected)
    {
        var client = email is null ? App.CreateClient() : await App.SignedInClientAsync(email);

        using var response = await client.PutAsJsonAsync("/api/v1/organisation/units/000.00.53.H40/office-hours",
            new OfficeHours(new(6, 0), new(10, 0), new(12, 0), new(16, 0), new(14, 0)), Ct);

        response.StatusCode.ShouldBe(expected);
        (await OfficeHoursOfAsync("000.00.53.H40")).ShouldBe(OfficeHours.Default);
    }

    private async Task<OfficeHours> OfficeHoursOfAsync(string code)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<OrganisationUnit>()
            .Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct);
        return await scope.ServiceProvider.GetRequiredService<IWorkingCalendarSource>().OfficeHoursForAsync(id, Ct);
    }
}

public sealed class OfficeHoursTests_Sqlite(SqliteApp app) : OfficeHoursTests(app);

public sealed class OfficeHoursTests_Postgres(PostgresApp app) : OfficeHoursTests(app);
