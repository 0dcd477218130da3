using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Auditing;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Administration;

/// <summary>
/// Each test that changes the calendar owns a year of the 22nd century, so the tests (and both providers' apps) never
/// see each other's changes; 2026 is only read.
/// </summary>
public abstract class WorkingCalendarTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Admin = "admin@motcua.demo";

    [Fact]
    public async Task The_calendar_of_a_year_is_public_and_gives_every_day_with_its_reason()
    {
        using var client = App.CreateClient();

        var year = await client.GetFromJsonAsync<JsonElement>("/api/v1/calendar/2026", Ct);

        var days = year.GetProperty("days").EnumerateArray().ToList();
        days.Count.ShouldBe(365);

        // 104 weekend days; 10 holidays on weekdays (1/1, 16–20/2, 30/4, 1/5, 1/9, 2/9) and Mon 27/4 in lieu of Sun 26/4.
        year.GetProperty("workingDays").GetInt32().ShouldBe(365 - 104 - 11);
        var tet = Day(days, "2026-02-17");
        tet.GetProperty("isWorking").GetBoolean().ShouldBeFalse();
        tet.GetProperty("kind").GetString().ShouldBe("Holiday");
        tet.GetProperty("reason").GetString().ShouldBe("Tết Nguyên đán (mùng 1 Tết)");
        tet.GetProperty("source").GetString().ShouldBe("Bộ luật Lao động 2019, Điều 112");
        Day(days, "2026-04-27").GetProperty("kind").GetString().ShouldBe("Compensatory");
        Day(days, "2026-02-23").GetProperty("isWorking").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task An_administrator_replaces_the_official_changes_of_a_year()
    {
        const int year = 2150;
        var saturday = FirstOf(year, 6, DayOfWeek.Saturday);
        var friday = saturday.AddDays(-1);
        var monday = saturday.AddDays(2);
        using var client = await App.SignedInClientAsync(Admin);

        using var first = await client.PutAsJsonAsync($"/api/v1/calendar/{year}", new
        {
            days = new object[]
            {
                new { date = Iso(friday), kind = "SwapDayOff", reason = "Hoán đổi để nghỉ liền", source = "TB thử nghiệm 1" },
                new { date = Iso(saturday), kind = "MakeUpWorkday", reason = "Làm bù cho thứ Sáu", source = "TB thử nghiệm 1" },
            },
        }, Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        var shown = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/{year}", Ct);
        var days = shown.GetProperty("days").EnumerateArray().ToList();
        Day(days, Iso(friday)).GetProperty("isWorking").GetBoolean().ShouldBeFalse();
        Day(days, Iso(friday)).GetProperty("isOfficialChange").GetBoolean().ShouldBeTrue();
        Day(days, Iso(saturday)).GetProperty("isWorking").GetBoolean().ShouldBeTrue();
        Day(days, Iso(saturday)).GetProperty("source").GetString().ShouldBe("TB thử nghiệm 1");

        using var second = await client.PutAsJsonAsync($"/api/v1/calendar/{year}", new
        {
            days = new[] { new { date = Iso(monday), kind = "LocalDayOff", reason = "Lễ hội của tỉnh", source = (string?)null } },
        }, Ct);

        second.StatusCode.ShouldBe(HttpStatusCode.OK, await second.Content.ReadAsStringAsync(Ct));
        days = (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("days").EnumerateArray().ToList();
        Day(days, Iso(friday)).GetProperty("isWorking").GetBoolean().ShouldBeTrue();
        Day(days, Iso(saturday)).GetProperty("kind").GetString().ShouldBe("Weekend");
        Day(days, Iso(monday)).GetProperty("kind").GetString().ShouldBe("LocalDayOff");

        await using var scope = App.Services.CreateAsyncScope();
        var audits = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<AuditEntry>()
            .Where(a => a.EntityType == "WorkingCalendarYear" && a.EntityId == "2150").ToListAsync(Ct);
        audits.Count.ShouldBe(2);
        audits.ShouldAllBe(a => a.Actor == Admin && a.Action == "calendar.changed");
        audits.Last().Details!.ShouldContain("Lễ hội của tỉnh");
    }

    [Fact]
    public async Task The_deadline_calendar_sees_a_change_as_soon_as_it_is_saved()
    {
        const int year = 2100;
        var monday = FirstOf(year, 3, DayOfWeek.Monday);
        using var client = await App.SignedInClientAsync(Admin);
        var source = App.Services.GetRequiredService<IWorkingCalendarSource>();
        (await source.GetAsync(Ct)).IsWorkingDay(monday).ShouldBeTrue();

        using var response = await client.PutAsJsonAsync($"/api/v1/calendar/{year}", new
        {
            days = new[] { new { date = Iso(monday), kind = "LocalDayOff", reason = "Ngày nghỉ riêng", source = "QĐ thử nghiệm" } },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await source.GetAsync(Ct)).IsWorkingDay(monday).ShouldBeFalse();
    }

    [Fact]
    public async Task A_list_with_mistakes_is_refused_whole_and_nothing_is_written()
    {
        const int year = 2151;
        var saturday = FirstOf(year, 6, DayOfWeek.Saturday);
        var wednesday = saturday.AddDays(4);
        using var client = await App.SignedInClientAsync(Admin);
        using var good = await client.PutAsJsonAsync($"/api/v1/calendar/{year}", new
        {
            days = new[] { new { date = Iso(saturday), kind = "MakeUpWorkday", reason = "Làm bù", source = "TB 1" } },
        }, Ct);
        good.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var bad = await client.PutAsJsonAsync($"/api/v1/calendar/{year}", new
        {
            days = new object[]
            {
                new { date = Iso(wednesday), kind = "LocalDayOff", reason = "Hợp lệ", source = "TB 2" },
                new { date = $"{year + 1}-01-02", kind = "Holiday", reason = "Sai năm", source = "TB 2" },
                new { date = Iso(wednesday.AddDays(1)), kind = "Weekend", reason = "Loại không dùng được", source = "TB 2" },
                new { date = Iso(wednesday.AddDays(2)), kind = "MakeUpWorkday", reason = "", source = "TB 2" },
                new { date = Iso(wednesday), kind = "Holiday", reason = "Trùng ngày", source = new string('x', 201) },
                new { date = "02/06/2151", kind = "Holiday", reason = "Sai định dạng", source = "TB 2" },
            },
        }, Ct);

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("title").GetString().ShouldBe("Dữ liệu không hợp lệ");
        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString());
        errors.Keys.Order().ShouldBe(["days[1].date", "days[2].kind", "days[3].kind", "days[3].reason", "days[4].date", "days[4].source", "days[5].date"]);
        errors["days[1].date"].ShouldBe($"Ngày 02/01/{year + 1} không thuộc năm {year}.");
        errors["days[3].kind"].ShouldBe("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        errors["days[3].reason"].ShouldBe("Lý do không được để trống.");

        var days = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/{year}", Ct)).GetProperty("days").EnumerateArray().ToList();
        days.Count(d => d.GetProperty("isOfficialChange").GetBoolean()).ShouldBe(1);
        Day(days, Iso(wednesday)).GetProperty("isWorking").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Only_a_system_administrator_may_change_the_calendar()
    {
        var body = new { days = Array.Empty<object>() };
        using var controlOfficer = await App.SignedInClientAsync("kiemsoat@motcua.demo");
        using var forbidden = await controlOfficer.PutAsJsonAsync("/api/v1/calendar/2152", body, Ct);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var anonymous = await App.CreateClient().PutAsJsonAsync("/api/v1/calendar/2152", body, Ct);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2200)]
    public async Task A_year_outside_the_lunar_tables_is_a_bad_request(int year)
    {
        using var client = await App.SignedInClientAsync(Admin);

        using var read = await client.GetAsync($"/api/v1/calendar/{year}", Ct);
        using var write = await client.PutAsJsonAsync($"/api/v1/calendar/{year}", new { days = Array.Empty<object>() }, Ct);

        read.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        write.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await read.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").GetProperty("year")[0].GetString().ShouldBe("Năm phải từ 1900 đến 2199.");
    }

    [Fact]
    public async Task The_public_page_shows_twelve_months_and_the_days_off_with_their_reasons()
    {
        using var client = App.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/lich-lam-viec/2026", Ct));

        document.QuerySelector("h1")!.TextContent.ShouldBe("Lịch làm việc năm 2026");
        var months = document.QuerySelectorAll("table.calendar-month");
        months.Length.ShouldBe(12);
        months[1].QuerySelector("caption")!.TextContent.ShouldBe("Tháng 2 năm 2026");
        months[1].QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ShouldBe(["T2", "T3", "T4", "T5", "T6", "T7", "CN"]);
        var tet = months[1].QuerySelectorAll("td").Single(td => td.QuerySelector("span")?.TextContent == "17");
        tet.TextContent.ShouldContain("Nghỉ lễ, Tết: Tết Nguyên đán (mùng 1 Tết)");
        var rows = document.QuerySelectorAll("#days-off + div table tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(12);
        rows.ShouldContain(r => r.Contains("27/04/2026") && r.Contains("Nghỉ bù Giỗ Tổ Hùng Vương"));
    }

    [Fact]
    public async Task An_administrator_adds_and_removes_a_day_on_the_management_page()
    {
        const int year = 2153;
        var saturday = FirstOf(year, 9, DayOfWeek.Saturday);
        // Redirects are followed by hand: HttpClient drops the bearer token when it follows one.
        using var signedIn = await App.SignedInClientAsync(Admin);
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        var parser = new HtmlParser();
        var page = parser.ParseDocument(await client.GetStringAsync($"/quan-tri/lich-lam-viec/{year}", Ct));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var wrong = await client.PostAsync($"/quan-tri/lich-lam-viec/{year}?handler=Add", Form(token, Iso(saturday.AddDays(2)), "MakeUpWorkday", "Làm bù", ""), Ct);
        var refused = parser.ParseDocument(await wrong.Content.ReadAsStringAsync(Ct));
        refused.QuerySelector("#f-kind-error")!.TextContent.ShouldBe("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        refused.QuerySelector("#f-kind")!.GetAttribute("aria-describedby")!.ShouldContain("f-kind-error");

        using var added = await client.PostAsync($"/quan-tri/lich-lam-viec/{year}?handler=Add", Form(token, Iso(saturday), "MakeUpWorkday", "Làm bù cho ngày 2/9", "TB thử nghiệm"), Ct);
        var listed = await FollowAsync(client, added, parser);
        listed.QuerySelector("[role=status]")!.TextContent.ShouldContain(Iso(saturday));
        listed.QuerySelectorAll("section[aria-labelledby=current] tbody tr").Single().TextContent.ShouldContain("Làm bù cho ngày 2/9");

        using var removeForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["remove"] = Iso(saturday) });
        using var removed = await client.PostAsync($"/quan-tri/lich-lam-viec/{year}?handler=Remove", removeForm, Ct);
        var empty = await FollowAsync(client, removed, parser);
        empty.QuerySelector("[role=status]")!.TextContent.ShouldContain(Iso(saturday));
        empty.QuerySelectorAll("section[aria-labelledby=current] tbody tr").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_management_page_sends_visitors_to_sign_in()
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/quan-tri/lich-lam-viec/2026", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/dang-nhap");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage posted, HtmlParser parser)
    {
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.GetStringAsync(posted.Headers.Location, Ct);
        return parser.ParseDocument(html);
    }

    private static FormUrlEncodedContent Form(string token, string date, string kind, string reason, string source) =>
        new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Date"] = date,
            ["Kind"] = kind,
            ["Reason"] = reason,
            ["Source"] = source,
        });

    private static JsonElement Day(IEnumerable<JsonElement> days, string date) =>
        days.Single(d => d.GetProperty("date").GetString() == date);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly FirstOf(int year, int month, DayOfWeek day)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }
}

public sealed class WorkingCalendarTests_Sqlite(SqliteApp app) : WorkingCalendarTests(app);

public sealed class WorkingCalendarTests_Postgres(PostgresApp app) : WorkingCalendarTests(app);
