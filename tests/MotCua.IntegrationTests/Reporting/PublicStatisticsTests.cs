using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Calendar;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Reporting.DashboardFacts;

namespace MotCua.IntegrationTests.Reporting;

/// <summary>The anonymous statistics of an agency for the year, on hand-made facts of a unit of its own.</summary>
public abstract class PublicStatisticsTests(MotCuaApp app) : IntegrationTest(app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anyone_sees_what_a_unit_received_resolved_on_time_and_its_average_real_processing_time_this_year()
    {
        var facts = new DashboardFacts(App);
        var unit = await facts.NewUnitAsync("Phòng thử thống kê");
        string p = unit.Path;
        var id = unit.Id;
        await facts.AddAsync(
            Fact(p, id, At(1, 5), At(1, 19), endedAt: At(1, 15), timeliness: Timeliness.OnTime, workingDays: 6, field: "LLTP"),
            Fact(p, id, At(1, 10), At(1, 24), endedAt: At(2, 10), timeliness: Timeliness.Late, workingDays: 15, field: "LLTP"),
            Fact(p, id, At(2, 1), At(2, 15), field: "HT"),
            Fact(p, id, At(2, 2), At(2, 16), endedAt: At(2, 20), timeliness: Timeliness.Early, workingDays: 4, field: "HT"),
            // Received last year, resolved this year: resolved, not received, this year.
            Fact(p, id, new DateTime(2025, 12, 20, 2, 0, 0, DateTimeKind.Utc), At(1, 9), endedAt: At(1, 8), timeliness: Timeliness.OnTime, workingDays: 9, field: "LLTP"));
        using var anonymous = App.CreateClient();

        var stats = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/statistics/units/{unit.Code}", Ct);

        stats.GetProperty("year").GetInt32().ShouldBe(2026);
        var total = stats.GetProperty("total");
        total.GetProperty("received").GetInt64().ShouldBe(4);
        total.GetProperty("resolved").GetInt64().ShouldBe(4);
        total.GetProperty("resolvedOnTime").GetInt64().ShouldBe(3);
        total.GetProperty("onTimeShare").GetDecimal().ShouldBe(75m);
        // (6 + 15 + 4 + 9) / 4 working days, paused time already excluded by the projection.
        total.GetProperty("averageWorkingDays").GetDouble().ShouldBe(8.5);
        var fields = stats.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("fieldCode").GetString()!, f => f.GetProperty("figures"));
        fields.Keys.ShouldBe(["HT", "LLTP"]);
        fields["LLTP"].GetProperty("received").GetInt64().ShouldBe(2);
        fields["LLTP"].GetProperty("resolved").GetInt64().ShouldBe(3);
        fields["LLTP"].GetProperty("onTimeShare").GetDecimal().ShouldBe(66.67m);
        fields["LLTP"].GetProperty("averageWorkingDays").GetDouble().ShouldBe(10);
        fields["HT"].GetProperty("onTimeShare").GetDecimal().ShouldBe(100m);
        fields["HT"].GetProperty("averageWorkingDays").GetDouble().ShouldBe(4);

        var html = await anonymous.GetStringAsync($"/thong-ke/{unit.Code}", Ct);
        html.ShouldContain("Phòng thử thống kê");
        html.ShouldContain("75 %");
        html.ShouldContain("8,5 ngày");
        var list = await anonymous.GetStringAsync("/thong-ke", Ct);
        list.ShouldContain("/thong-ke/000.00.12.H40");
        using var unknown = await anonymous.GetAsync("/thong-ke/KHONG-CO", Ct);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(ReportingFactsInSequence.Name)]
public sealed class PublicStatisticsTests_Sqlite(SqliteApp app) : PublicStatisticsTests(app);

[Collection(ReportingFactsInSequence.Name)]
public sealed class PublicStatisticsTests_Postgres(PostgresApp app) : PublicStatisticsTests(app);
