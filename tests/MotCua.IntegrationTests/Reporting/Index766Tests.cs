using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.DemoData;
using MotCua.Catalog.Contracts;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Reporting;

/// <summary>
/// The 766 index over real HTTP on a crafted set of dossier facts in fresh units (so no other test's rows count), with
/// the points computed by hand from DOMAIN B §1.2–1.4; who may see what; bad input; the page and the lists behind it.
/// </summary>
public abstract partial class Index766Tests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Period = "from=2025-03-01&to=2025-03-31";
    private const string Admin = "admin@motcua.demo";

    [Fact]
    public async Task The_index_of_a_unit_is_public_and_scores_the_crafted_facts_as_computed_by_hand()
    {
        var (a, b) = await CraftedPeersAsync();
        using var anonymous = App.CreateClient();

        var index = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/766?unit={a}&{Period}", Ct);

        index.GetProperty("formulaVersion").GetString().ShouldBe("766-dvcqg");
        var rows = index.GetProperty("indicators").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        rows.Count.ShouldBe(23);
        Expect(rows["1.4"], 2, 3, 66.67m, 4.0002m); // synced / received
        Expect(rows["2.1"], 2, 4, 50m, 10m); // on time + open within time / received or handled (one carried over, overdue)
        Expect(rows["2.2"], 17, 2, 8.5m, null); // monitoring: average working days of the resolved
        Expect(rows["3.3"], 1, 3, 33.33m, 3.9996m); // T = 50 %: 33.33 × 6 / 50
        Expect(rows["3.6"], 1, 2, 50m, 3m);
        Expect(rows["4.1"], 1, 2, 50m, 3m);
        Expect(rows["4.2"], 1, 2, 50m, 2.5m); // T = 80 %: 50 × 4 / 80
        Expect(rows["4.3"], 0, 3, 0m, 0m);
        Expect(rows["4.4"], 1, 3, 33.33m, 1.3332m);
        Expect(rows["4.5b"], 2, 3, 66.67m, 1.3334m);
        rows["5.4"].GetProperty("points").GetDecimal().ShouldBe(3.3333m, 0.0001m); // T = 90 %: 50 × 6 / 90
        foreach (var id in new[] { "1.1", "1.2", "1.3", "3.1", "3.2", "3.5a", "3.5b", "4.5a", "4.x", "5.2", "5.3" })
        {
            rows[id].GetProperty("notApplicable").GetBoolean().ShouldBeTrue(id);
            rows[id].GetProperty("points").GetDecimal().ShouldBe(0m, id);
        }

        rows["5.1"].GetProperty("points").ValueKind.ShouldBe(JsonValueKind.Null);
        index.GetProperty("groups").EnumerateArray().Select(g => Math.Round(g.GetProperty("points").GetDecimal(), 4))
            .ShouldBe([4.0002m, 10m, 6.9996m, 8.1666m, 3.3333m]);
        index.GetProperty("total").GetDecimal().ShouldBe(32.4997m, 0.0001m);
        index.GetProperty("grade").GetString().ShouldBe("Yếu");
        index.GetProperty("rank").GetInt32().ShouldBe(1);
        index.GetProperty("peers").EnumerateArray().Select(p => (p.GetProperty("unitId").GetGuid(), p.GetProperty("rank").GetInt32()))
            .ShouldBe([(a, 1), (b, 2)]);
        index.GetProperty("peers")[1].GetProperty("total").GetDecimal().ShouldBe(32m); // 1.4: 6, 2.1: 20, 5.4: 6
    }

    [Fact]
    public async Task An_officers_figures_are_for_the_leaders_of_the_officers_unit_only()
    {
        var justice = DemoIds.Unit(AdministrationDemoData.JusticeCode);
        var url = $"/api/v1/indicators/766?unit={justice}&{Period}&officer={Uri.EscapeDataString(Officer)}";

        using var leader = await App.SignedInClientAsync(Leader);
        var index = await leader.GetFromJsonAsync<JsonElement>(url, Ct);
        index.GetProperty("officer").GetString().ShouldBe(Officer);
        index.GetProperty("rank").ValueKind.ShouldBe(JsonValueKind.Null, "an officer is not ranked against units");

        foreach (var client in new[] { App.CreateClient(), await App.SignedInClientAsync(Officer), await App.SignedInClientAsync(OtherOfficer) })
        {
            using (client)
            using (var refused = await client.GetAsync(url, Ct))
            {
                refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
                refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
                (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("Chỉ lãnh đạo đơn vị nơi cán bộ công tác");
            }
        }
    }

    [Theory]
    [InlineData("from=2025-03-31&to=2025-03-01", "to", "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.")]
    [InlineData("from=2025-03-01", "to", "Phải chọn ngày kết thúc của kỳ báo cáo.")]
    [InlineData("to=2025-03-01", "from", "Phải chọn ngày bắt đầu của kỳ báo cáo.")]
    [InlineData("from=2000-01-01&to=2025-03-01", "to", "Kỳ báo cáo dài tối đa")]
    [InlineData("from=2025-03-01&to=2025-03-31&procedure=9.999999", "procedure", "Không có thủ tục hành chính với mã này.")]
    [InlineData("from=2025-03-01&to=2025-03-31&field=KHONG-CO", "field", "Không có lĩnh vực với mã này.")]
    public async Task Bad_input_is_a_problem_in_Vietnamese_keyed_by_field(string query, string field, string message)
    {
        using var anonymous = App.CreateClient();
        using var response = await anonymous.GetAsync($"/api/v1/indicators/766?unit={DemoIds.Unit(AdministrationDemoData.JusticeCode)}&{query}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldStartWith(message);
    }

    [Fact]
    public async Task An_unknown_unit_is_a_problem()
    {
        using var anonymous = App.CreateClient();
        using var response = await anonymous.GetAsync($"/api/v1/indicators/766?unit={Guid.NewGuid()}&{Period}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("unit")[0].GetString().ShouldBe("Không có đơn vị này.");
    }

    [Fact]
    public async Task The_page_renders_and_every_linked_list_has_as_many_rows_as_its_figure()
    {
        var (a, _) = await CraftedPeersAsync();
        using var anonymous = App.CreateClient();
        var html = await anonymous.GetStringAsync($"/bao-cao/chi-so-766?donVi={a}&tu=2025-03-01&den=2025-03-31", Ct);

        html.ShouldContain("Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ");
        html.ShouldContain("Xếp hạng 1/2");
        html.ShouldContain("766-dvcqg");
        html.ShouldContain("Tính từ sổ theo dõi PAKN");
        html.ShouldContain("index766-chart");

        var links = FigureLink().Matches(html).Select(m => (Url: WebUtility.HtmlDecode(m.Groups["url"].Value), Figure: long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture))).ToList();
        links.Count(l => l.Url.StartsWith("/bao-cao/ho-so?", StringComparison.Ordinal)).ShouldBe(21, "10 dossier-level sub-indicators × 2, and 2.2's resolved dossiers");
        using var admin = await App.SignedInClientAsync(Admin);
        foreach (var (url, figure) in links.Where(l => l.Url.StartsWith("/bao-cao/ho-so?", StringComparison.Ordinal)))
        {
            var list = await admin.GetStringAsync(url, Ct);
            long.Parse(DrillTotal().Match(list).Groups["n"].Value, CultureInfo.InvariantCulture).ShouldBe(figure, url);
            DrillRow().Count(list).ShouldBe((int)figure, url);
        }
    }

    [Fact]
    public async Task Procedure_level_figures_come_from_the_catalog_and_lead_to_the_procedures_they_count()
    {
        var justice = DemoIds.Unit(AdministrationDemoData.JusticeCode);
        IReadOnlyList<ProcedureReportingRecord> inForce;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var units = (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().ListAsync(Ct)).ToList();
            var path = units.Single(u => u.Id == justice).Path;
            inForce = await scope.ServiceProvider.GetRequiredService<IProcedureCatalog>()
                .ProceduresForReportingAsync([.. units.Where(u => u.Path.StartsWith(path, StringComparison.Ordinal)).Select(u => u.Id)], new DateOnly(2026, 3, 31), Ct);
        }

        inForce.ShouldNotBeEmpty();
        inForce.ShouldContain(p => p.Code == Procedure);
        inForce.ShouldAllBe(p => p.Publications.Count > 0);
        using var anonymous = App.CreateClient();
        var index = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/766?unit={justice}&from=2026-03-01&to=2026-03-31", Ct);
        var rows = index.GetProperty("indicators").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        rows["3.1"].GetProperty("denominator").GetDecimal().ShouldBe(inForce.Count);
        rows["3.1"].GetProperty("numerator").GetDecimal().ShouldBe(inForce.Count(p => p.Online != OnlineOffer.None));
        rows["1.3"].GetProperty("numerator").GetDecimal().ShouldBe(inForce.Count(p => p.ContentComplete));

        foreach (var id in new[] { "1.3", "3.1" })
        {
            foreach (var side in new[] { "numerator", "denominator" })
            {
                var list = await anonymous.GetStringAsync(rows[id].GetProperty(side + "Url").GetString()!, Ct);
                ProcedureRow().Count(list).ShouldBe((int)rows[id].GetProperty(side).GetDecimal(), $"{id} {side}");
            }
        }
    }

    private static void Expect(JsonElement row, decimal numerator, decimal denominator, decimal ratio, decimal? points)
    {
        var id = row.GetProperty("id").GetString();
        row.GetProperty("numerator").GetDecimal().ShouldBe(numerator, id);
        row.GetProperty("denominator").GetDecimal().ShouldBe(denominator, id);
        row.GetProperty("ratio").GetDecimal().ShouldBe(ratio, id);
        if (points is { } p)
        {
            row.GetProperty("points").GetDecimal().ShouldBe(p, 0.00001m, id);
        }
        else
        {
            row.GetProperty("points").ValueKind.ShouldBe(JsonValueKind.Null, id);
        }
    }

    /// <summary>
    /// A fresh parent with two peer units. Unit A (March 2025): f1 online, synced, on time, paid online, e-result,
    /// digitised, VNeID, very satisfied, 5 days; f2 direct, synced, late, paper result only, unsatisfied, 12 days; f3
    /// online, not synced, open and within time, from the wallet; f4 received in February, still open and overdue at
    /// the end of March. Unit B: one direct dossier, synced, resolved on time.
    /// </summary>
    private async Task<(Guid A, Guid B)> CraftedPeersAsync()
    {
        var tag = "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var parent = OrganisationUnit.Create(Guid.NewGuid(), tag, "Tỉnh thử " + tag, UnitKind.Province, null, 0, isDemo: false);
        var a = OrganisationUnit.Create(Guid.NewGuid(), tag + ".A", "Sở thử A " + tag, UnitKind.ProvincialAgency, parent, 1, isDemo: false);
        var b = OrganisationUnit.Create(Guid.NewGuid(), tag + ".B", "Sở thử B " + tag, UnitKind.ProvincialAgency, parent, 2, isDemo: false);
        DossierFact Fact(OrganisationUnit unit, string suffix, int channel, string received, FactOutcome outcome, string? ended, string? due) => new()
        {
            DossierId = Guid.NewGuid(),
            Code = tag + "-" + suffix,
            ProcessingUnitPath = unit.Path,
            ProcessingUnitId = unit.Id,
            DeskUnitPath = unit.Path,
            ProcedureId = Guid.NewGuid(),
            ProcedureCode = "9.766001",
            FieldCode = "THU",
            Channel = channel,
            Outcome = outcome,
            NationalStatus = outcome == FactOutcome.Resolved ? 10 : 4,
            SubmittedOn = DateOnly.Parse(received, CultureInfo.InvariantCulture),
            ReceivedAtUtc = Utc(received),
            ReceivedOn = DateOnly.Parse(received, CultureInfo.InvariantCulture),
            EndedAtUtc = ended is null ? null : Utc(ended),
            EndedOn = ended is null ? null : DateOnly.Parse(ended, CultureInfo.InvariantCulture),
            DueAtUtc = due is null ? null : Utc(due),
            ProjectedAtUtc = DateTime.UtcNow,
        };
        var f1 = Fact(a, "1", 2, "2025-03-03", FactOutcome.Resolved, "2025-03-10", "2025-03-12");
        (f1.Timeliness, f1.SyncedToNationalPortal, f1.ResultIsDocument, f1.HasElectronicResult, f1.ComponentsDigitized) = (Timeliness.Early, true, true, true, true);
        (f1.FeeBearing, f1.OnlinePaymentPlatform, f1.Satisfaction, f1.ProcessingWorkingDays, f1.VneidVerified) = (true, 1, 3, 5, true);
        var f2 = Fact(a, "2", 1, "2025-03-04", FactOutcome.Resolved, "2025-03-20", "2025-03-14");
        (f2.Timeliness, f2.SyncedToNationalPortal, f2.ResultIsDocument, f2.FeeBearing, f2.Satisfaction, f2.ProcessingWorkingDays) = (Timeliness.Late, true, true, true, 1, 12);
        var f3 = Fact(a, "3", 2, "2025-03-25", FactOutcome.InProgress, null, "2025-04-10");
        f3.TakenFromWallet = true;
        var f4 = Fact(a, "4", 1, "2025-02-20", FactOutcome.InProgress, null, "2025-03-15");
        var f5 = Fact(b, "5", 1, "2025-03-05", FactOutcome.Resolved, "2025-03-06", "2025-03-10");
        (f5.Timeliness, f5.SyncedToNationalPortal) = (Timeliness.OnTime, true);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        db.Set<OrganisationUnit>().AddRange(parent, a, b);
        await db.SaveChangesAsync(Ct);
        await ProjectedFacts.WriteAsync(App.Services, [f1, f2, f3, f4, f5], Ct);
        return (a.Id, b.Id);
    }

    /// <summary>Local 09:00 of a day (Vietnam, UTC+7).</summary>
    private static DateTime Utc(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

    [GeneratedRegex("<a href=\"(?<url>[^\"]+)\" class=\"(?:num|den)\">(?<n>[0-9]+)</a>")]
    private static partial Regex FigureLink();

    [GeneratedRegex("id=\"drill-total\">(?<n>[0-9.]+) hồ sơ")]
    private static partial Regex DrillTotal();

    [GeneratedRegex("<th scope=\"row\"><a href=\"/mot-cua/ho-so/")]
    private static partial Regex DrillRow();

    [GeneratedRegex("<th scope=\"row\"><a href=\"/thu-tuc/")]
    private static partial Regex ProcedureRow();
}

public sealed class Index766Tests_Sqlite(SqliteApp app) : Index766Tests(app);

public sealed class Index766Tests_Postgres(PostgresApp app) : Index766Tests(app);
