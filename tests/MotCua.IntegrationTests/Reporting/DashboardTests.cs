using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Calendar;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Reporting.DashboardFacts;

namespace MotCua.IntegrationTests.Reporting;

/// <summary>
/// The leader's dashboard on hand-made facts of a unit of its own, February 2026 against January, every figure computed
/// by hand (DOMAIN B §1.2 rounding, §1.4 timeliness), and who may open it.
/// </summary>
public abstract class DashboardTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Leader = "giamdoc.tuphap@motcua.demo";
    private const string OtherOfficer = "chuyenvien.gtvt@motcua.demo";
    private const string OtherUnitCode = "000.00.10.H40";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DashboardFacts Facts => new(App);

    [Fact]
    public async Task The_figures_of_a_month_and_the_previous_month_are_counted_as_the_rules_say()
    {
        var unit = await Facts.NewUnitAsync("Phòng thử tổng quan");
        var child = await Facts.NewUnitAsync("Tổ thử tổng quan", unit);
        string p = unit.Path, c = child.Path;
        Guid pid = unit.Id, cid = child.Id;
        await Facts.AddAsync(
            // February: resolved on time online, fee paid online, digitised, rated very satisfied.
            Fact(p, pid, At(2, 3), At(2, 12), endedAt: At(2, 10), timeliness: Timeliness.OnTime, channel: 2, feeBearing: true, paidOn: 1, digitized: true, satisfaction: 3),
            // Resolved late, fee paid at the desk, rated unsatisfied.
            Fact(p, pid, At(2, 4), At(2, 15), endedAt: At(2, 20), timeliness: Timeliness.Late, feeBearing: true, satisfaction: 1),
            // Open and past its appointment at the end of February: overdue (and late for 2.1).
            Fact(p, pid, At(2, 10), At(2, 25), channel: 2),
            // Open, due Monday 2 March: within one working day of Sunday 1 March, the day after the period.
            Fact(p, pid, At(2, 20), At(3, 2, 10)),
            // The child unit: open and well within time.
            Fact(c, cid, At(2, 5), At(3, 20)),
            // January: resolved on time online and rated satisfied; resolved early; overdue at the end of January,
            // then resolved late in February.
            Fact(p, pid, At(1, 10), At(1, 22), endedAt: At(1, 20), timeliness: Timeliness.OnTime, channel: 2, satisfaction: 2),
            Fact(p, pid, At(1, 12), At(1, 28), endedAt: At(1, 25), timeliness: Timeliness.Early),
            Fact(p, pid, At(1, 15), At(1, 30), endedAt: At(2, 5), timeliness: Timeliness.Late));
        using var leader = await App.SignedInClientAsync(Leader);

        var board = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/reports/dashboard?unit={pid}&period=Month&day=2026-02-10", Ct);

        var rows = board.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBe(2);
        rows[0].GetProperty("unitId").GetGuid().ShouldBe(pid);
        var figures = Figures(rows[0]);
        // Overdue and due soon at the end of the month; January ended with one overdue and none due soon.
        Check(figures["qua-han"], 1, null, 1, null, 1m, 1m, 0m);
        Check(figures["sap-den-han"], 1, null, 0, null, 1m, 0m, 1m);
        // 2.1: of six judged (three ended in February, three open at its end), three on time; January two of three.
        Check(figures["dung-han"], 3, 6, 2, 3, 50m, 66.67m, -16.67m);
        figures["dung-han"].GetProperty("late").GetInt64().ShouldBe(3);
        // Online share of those received: two of five, one of three.
        Check(figures["truc-tuyen"], 2, 5, 1, 3, 40m, 33.33m, 6.67m);
        // Online payment among fee-bearing: one of two; January had none fee-bearing, so no rate and no change.
        Check(figures["thanh-toan"], 1, 2, 0, 0, 50m, null, null);
        Check(figures["so-hoa"], 1, 5, 0, 3, 20m, 0m, 20m);
        Check(figures["hai-long"], 1, 2, 1, 1, 50m, 100m, -50m);

        rows[1].GetProperty("unitId").GetGuid().ShouldBe(cid);
        var childFigures = Figures(rows[1]);
        Check(childFigures["dung-han"], 1, 1, 0, 0, 100m, null, null);
        Check(childFigures["qua-han"], 0, null, 0, null, 0m, 0m, 0m);

        // The lists name the overdue and the due-soon dossier.
        board.GetProperty("overdue").GetArrayLength().ShouldBe(1);
        board.GetProperty("dueSoon").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Every_figure_links_to_the_drill_down_that_lists_what_it_counts()
    {
        var unit = await Facts.NewUnitAsync("Phòng thử danh sách");
        var overdue = Fact(unit.Path, unit.Id, At(2, 10), At(2, 25));
        var late = Fact(unit.Path, unit.Id, At(2, 4), At(2, 15), endedAt: At(2, 20), timeliness: Timeliness.Late);
        var onTime = Fact(unit.Path, unit.Id, At(2, 3), At(2, 12), endedAt: At(2, 10), timeliness: Timeliness.OnTime);
        await Facts.AddAsync(overdue, late, onTime);
        using var leader = await App.SignedInClientAsync(Leader);

        var html = await leader.GetStringAsync($"/bao-cao/tong-quan?donVi={unit.Id}&ky=thang&ngay=2026-02-01", Ct);
        html.ShouldContain("Tổng quan tình hình giải quyết hồ sơ");
        html.ShouldContain(overdue.Code);
        var lateLink = $"/bao-cao/ho-so?chiSo=tong-quan.tre-han&amp;donVi={unit.Id}&amp;tu=2026-02-01&amp;den=2026-02-28";
        html.ShouldContain(lateLink);

        var list = await leader.GetStringAsync(WebUtility.HtmlDecode(lateLink), Ct);
        list.ShouldContain(overdue.Code);
        list.ShouldContain(late.Code);
        list.ShouldNotContain(onTime.Code);
    }

    [Fact]
    public async Task A_leader_sees_only_units_in_scope_and_an_officer_without_a_leader_role_is_refused()
    {
        using var leader = await App.SignedInClientAsync(Leader);
        var other = await Facts.InDatabaseAsync(db => db.Set<OrganisationUnit>().SingleAsync(u => u.Code == OtherUnitCode, Ct));

        using var outOfScope = await leader.GetAsync($"/bao-cao/tong-quan?donVi={other.Id}", Ct);
        outOfScope.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var outOfScopeApi = await leader.GetAsync($"/api/v1/reports/dashboard?unit={other.Id}", Ct);
        outOfScopeApi.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var officer = await App.SignedInClientAsync(OtherOfficer);
        using var refused = await officer.GetAsync("/bao-cao/tong-quan", Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var refusedApi = await officer.GetAsync("/api/v1/reports/dashboard", Ct);
        refusedApi.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var own = await leader.GetAsync("/bao-cao/tong-quan", Ct);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await own.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Sở Tư pháp");
        html.ShouldNotContain(other.Name);
    }

    private static Dictionary<string, JsonElement> Figures(JsonElement row) =>
        row.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);

    private static void Check(JsonElement figure, long num, long? den, long prevNum, long? prevDen, decimal? value, decimal? previous, decimal? change)
    {
        var id = figure.GetProperty("id").GetString();
        var current = figure.GetProperty("current");
        var before = figure.GetProperty("previous");
        current.GetProperty("numerator").GetInt64().ShouldBe(num, id);
        Nullable(current.GetProperty("denominator")).ShouldBe(den, id);
        before.GetProperty("numerator").GetInt64().ShouldBe(prevNum, id);
        Nullable(before.GetProperty("denominator")).ShouldBe(prevDen, id);
        Decimal(current.GetProperty("value")).ShouldBe(value, id);
        Decimal(before.GetProperty("value")).ShouldBe(previous, id);
        Decimal(figure.GetProperty("change")).ShouldBe(change, id);
    }

    private static long? Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();

    private static decimal? Decimal(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
}

[Collection(ReportingFactsInSequence.Name)]
public sealed class DashboardTests_Sqlite(SqliteApp app) : DashboardTests(app);

[Collection(ReportingFactsInSequence.Name)]
public sealed class DashboardTests_Postgres(PostgresApp app) : DashboardTests(app);
