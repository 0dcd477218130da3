using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Dossiers;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Persistence;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Domain.Rollups;
using MotCua.Reporting.Features.Facts;
using MotCua.Reporting.Features.Index766;
using MotCua.Reporting.Features.Projection;
using MotCua.Reporting.Features.Rollups;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Reporting;

/// <summary>
/// The reporting projection follows real dossiers through the outbox, a full rebuild gives the very same rows, and
/// every figure's drill-down lists exactly the dossiers it counts.
/// </summary>
public abstract class ProjectionTests(MotCuaApp app) : IntegrationTest(app)
{
    private DossierDesk Dossiers => new(App);

    [Fact]
    public async Task After_a_random_workload_the_incremental_projection_equals_a_recomputation()
    {
        var codes = await RandomWorkloadAsync(seed: 766, dossiers: 10);
        var incremental = await FactsAsync(codes);
        incremental.Count.ShouldBe(codes.Count);
        incremental.Select(f => f.Outcome).Distinct().Count().ShouldBeGreaterThan(2, "the workload should end in several outcomes");

        // What a rebuild writes, computed for these dossiers only: a full rebuild here would rewrite other tests' rows.
        List<DossierFact> rebuilt;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            rebuilt = [.. (await scope.ServiceProvider.GetRequiredService<DossierFactProjector>().ComputeAsync(codes, Ct)).OrderBy(f => f.Code, StringComparer.Ordinal)];
        }

        foreach (var (before, after) in incremental.Zip(rebuilt))
        {
            Describe(after).ShouldBe(Describe(before), $"dossier {before.Code}");
        }
    }

    [Fact]
    public async Task After_a_random_workload_the_rollups_equal_a_recomputation_and_give_the_index_the_facts_give()
    {
        var codes = await RandomWorkloadAsync(seed: 11, dossiers: 8);
        var unitPath = (await FactsAsync(codes))[0].ProcessingUnitPath;
        var today = ReportWindows.LocalDay(App.Clock.GetUtcNow().UtcDateTime);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        // One snapshot: other tests keep projecting into the same unit meanwhile.
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, Ct);

        var recomputed = new RollupDeltas();
        foreach (var fact in await db.Set<DossierFact>().AsNoTracking().WhereUnder(f => f.ProcessingUnitPath, unitPath).ToListAsync(Ct))
        {
            recomputed.Add(fact);
        }

        var expected = recomputed.NonZero.Where(d => d.Key.UnitPath == unitPath)
            .Select(d => $"{d.Key.Procedure}|{d.Key.Grain}|{d.Key.Start:O}|{d.Key.Counter}={d.Value}").Order(StringComparer.Ordinal).ToList();
        var stored = (await db.Set<UnitRollup>().AsNoTracking().Where(r => r.UnitPath == unitPath && r.Value != 0)
                .Select(r => new { Procedure = "", r.Grain, r.Start, r.Counter, r.Value }).ToListAsync(Ct))
            .Concat(await db.Set<ProcedureRollup>().AsNoTracking().Where(r => r.UnitPath == unitPath && r.Value != 0)
                .Select(r => new { Procedure = r.ProcedureCode, r.Grain, r.Start, r.Counter, r.Value }).ToListAsync(Ct))
            .Select(r => $"{r.Procedure}|{r.Grain}|{r.Start:O}|{r.Counter}={r.Value}").Order(StringComparer.Ordinal).ToList();
        expected.ShouldNotBeEmpty();
        stored.ShouldBe(expected);

        var counter = scope.ServiceProvider.GetRequiredService<FactCounter>();
        var reader = scope.ServiceProvider.GetRequiredService<RollupReader>();
        var now = App.Clock.GetUtcNow().UtcDateTime;
        foreach (var window in new[]
        {
            ReportWindows.Of(new DateOnly(today.Year, today.Month, 1), new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1), now),
            ReportWindows.Of(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31), now),
            ReportWindows.Of(today.AddDays(-20), today, now),
            ReportWindows.Of(today.AddYears(-1), today.AddDays(-1), now),
        })
        {
            var fromFacts = await counter.CountAsync(new ReportScope(unitPath), Index766Measures.Indicators, window, Ct);
            var fromRollups = (await reader.ReadAsync([unitPath], unitPath, window, withProcedures: false, Ct))[unitPath].Counts;
            foreach (var measure in Index766Measures.Indicators)
            {
                fromRollups[measure.Key].ShouldBe(fromFacts[measure.Key], $"{measure.Key} over {window.From}–{window.To}");
            }
        }
    }

    [Fact]
    public async Task A_projected_dossier_carries_the_legal_facts_of_its_dossier()
    {
        var code = await Dossiers.ReceivedCodeAsync();
        var withdrawn = await Dossiers.ReceivedCodeAsync();
        await Dossiers.DoAsync(Desk, withdrawn, "withdraw", new { reason = "Công dân có đơn xin rút hồ sơ" });

        await ProjectedAsync([code, withdrawn]);
        var facts = await FactsAsync([code, withdrawn]);

        var open = facts.Single(f => f.Code == code);
        open.Outcome.ShouldBe(FactOutcome.InProgress);
        open.Channel.ShouldBe(1);
        open.ProcedureCode.ShouldBe(Procedure);
        open.FieldCode.ShouldNotBeNullOrEmpty();
        open.ReceivedOn.ShouldNotBeNull();
        open.DueAtUtc.ShouldNotBeNull().ShouldBeGreaterThan(open.ReceivedAtUtc!.Value);
        open.EndedAtUtc.ShouldBeNull();
        open.Timeliness.ShouldBeNull();
        var ended = facts.Single(f => f.Code == withdrawn);
        ended.Outcome.ShouldBe(FactOutcome.Withdrawn);
        ended.EndedAtUtc.ShouldNotBeNull();
        ended.Timeliness.ShouldBe(Timeliness.Early);
    }

    [Fact]
    public async Task A_figure_and_its_drill_down_list_agree_and_the_list_stays_within_the_readers_scope()
    {
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(await Dossiers.ReceivedCodeAsync());
        }

        await ProjectedAsync(codes);
        var facts = await FactsAsync(codes);
        var unit = facts[0].ProcessingUnitId;
        var day = facts[0].ReceivedOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var leader = await Dossiers.As(Leader);

        var url = $"/api/v1/reports/dossiers?measure=ho-so.tiep-nhan&unit={unit}&from={day}&to={day}&limit=2";
        var first = await leader.GetFromJsonAsync<JsonElement>(url, Ct);
        var total = first.GetProperty("total").GetInt64();
        total.ShouldBeGreaterThanOrEqualTo(3);
        var listed = new List<string>();
        var page = first.GetProperty("rows");
        while (true)
        {
            listed.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("code").GetString()!));
            if (page.GetProperty("next").GetString() is not { } next)
            {
                break;
            }

            page = (await leader.GetFromJsonAsync<JsonElement>(url + "&after=" + next, Ct)).GetProperty("rows");
        }

        // Other tests receive dossiers at the desk meanwhile: the list may only have grown between the count and its last page.
        var after = (await leader.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("total").GetInt64();
        listed.Count.ShouldBeInRange((int)total, (int)after);
        listed.ShouldBeUnique();
        listed.ShouldBe(listed.Order(StringComparer.Ordinal).ToList());
        codes.ShouldBeSubsetOf(listed);

        var html = await leader.GetStringAsync($"/bao-cao/ho-so?chiSo=ho-so.tiep-nhan&donVi={unit}&tu={day}&den={day}", Ct);
        html.ShouldContain("Hồ sơ tiếp nhận trong kỳ");
        html.ShouldContain(listed[0]);

        using var otherOfficer = await Dossiers.As(OtherOfficer);
        using var outOfScope = await otherOfficer.GetAsync(url, Ct);
        outOfScope.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var unknownMeasure = await leader.GetAsync(url.Replace("ho-so.tiep-nhan", "khong-co", StringComparison.Ordinal), Ct);
        unknownMeasure.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownMeasure.Content.ReadAsStringAsync(Ct)).ShouldContain("Không có chỉ số này.");
        using var inverted = await leader.GetAsync($"/api/v1/reports/dossiers?measure=ho-so.tiep-nhan&unit={unit}&from=2026-03-02&to=2026-03-01", Ct);
        inverted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await inverted.Content.ReadAsStringAsync(Ct)).ShouldContain("Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.");
        using var openEnded = await leader.GetAsync($"/api/v1/reports/dossiers?measure=ho-so.tiep-nhan&unit={unit}&from=2026-03-02", Ct);
        openEnded.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await openEnded.Content.ReadAsStringAsync(Ct)).ShouldContain("Phải chọn ngày kết thúc của kỳ báo cáo.");
    }

    [Fact]
    public async Task The_whole_list_behind_a_figure_downloads_as_csv_with_the_same_dossiers()
    {
        var codes = new List<string> { await Dossiers.ReceivedCodeAsync(), await Dossiers.ReceivedCodeAsync() };
        await ProjectedAsync(codes);
        var facts = await FactsAsync(codes);
        var unit = facts[0].ProcessingUnitId;
        var day = facts[0].ReceivedOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var leader = await Dossiers.As(Leader);
        var query = $"chiSo=ho-so.tiep-nhan&donVi={unit}&tu={day}&den={day}";

        var before = (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/reports/dossiers?measure=ho-so.tiep-nhan&unit={unit}&from={day}&to={day}", Ct))
            .GetProperty("total").GetInt64();
        (await leader.GetStringAsync("/bao-cao/ho-so?" + query, Ct)).ShouldContain("handler=csv");
        using var response = await leader.GetAsync("/bao-cao/ho-so?handler=csv&" + query, Ct);
        var after = (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/reports/dossiers?measure=ho-so.tiep-nhan&unit={unit}&from={day}&to={day}", Ct))
            .GetProperty("total").GetInt64();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"ho-so_ho-so.tiep-nhan_{day.Replace("-", "", StringComparison.Ordinal)}-{day.Replace("-", "", StringComparison.Ordinal)}.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a byte-order mark, so that Excel reads the Vietnamese");
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Mã hồ sơ,Thủ tục,Lĩnh vực,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý,Tình trạng,Cán bộ xử lý");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        // Other tests receive dossiers at the desk meanwhile: the list may only have grown between the two counts.
        rows.Count.ShouldBeInRange((int)before, (int)after);
        rows.Select(r => r[0]).ShouldBe(rows.Select(r => r[0]).Order(StringComparer.Ordinal));
        codes.ShouldBeSubsetOf(rows.Select(r => r[0]));
        var mine = rows.Single(r => r[0] == codes[0]);
        mine[7].ShouldBe("Đang giải quyết");
        mine[4].ShouldStartWith(facts[0].ReceivedOn!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

        using var otherOfficer = await Dossiers.As(OtherOfficer);
        using var outOfScope = await otherOfficer.GetAsync("/bao-cao/ho-so?handler=csv&" + query, Ct);
        outOfScope.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        outOfScope.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    /// <summary>Dossiers received and played along random legal paths, once their projection is up to date.</summary>
    private async Task<List<string>> RandomWorkloadAsync(int seed, int dossiers)
    {
        var random = new Random(seed);
        var codes = new List<string>();
        for (var i = 0; i < dossiers; i++)
        {
            var code = await Dossiers.ReceivedCodeAsync();
            codes.Add(code);
            await PlayAsync(code, random.Next(6));
        }

        await ProjectedAsync(codes);
        return codes;
    }

    /// <summary>A random but legal path through the lifecycle (NĐ 61/2018 Đ17–20).</summary>
    private async Task PlayAsync(string code, int path)
    {
        switch (path)
        {
            case 0:
                break;
            case 1:
                await Dossiers.DoAsync(Desk, code, "withdraw", new { reason = "Công dân có đơn xin rút hồ sơ" });
                break;
            case 2:
                await Dossiers.DoAsync(Desk, code, "transfer");
                await Dossiers.DoAsync(Officer, code, "request-supplement", new
                {
                    items = new[] { new { componentNumber = 2, reason = "Bản sao Căn cước đã hết hạn." } },
                    contact = "Hoàng Thị Lan, 0214 3840 888",
                });
                break;
            case 3:
                await Dossiers.UpToApprovalAsync(code);
                break;
            default:
                await Dossiers.UpToApprovalAsync(code);
                await Dossiers.DoAsync(Leader, code, "approve", new { note = "Đồng ý" });
                var scan = await Dossiers.UploadAsync(Officer, Pdf, "ket-qua.pdf");
                await Dossiers.DoAsync(Officer, code, "result", new { documentNumber = "125/STP-LLTP", fileId = scan });
                if (path == 5)
                {
                    await Dossiers.DoAsync(Desk, code, "return-result", new { method = "AtDesk", receivedBy = "Người nhận" });
                }

                break;
        }
    }

    /// <summary>Waits until every projection message about these dossiers is delivered (the pump runs every 2 s).</summary>
    private async Task ProjectedAsync(IReadOnlyCollection<string> codes)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var waiting = await Dossiers.InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking()
                .CountAsync(m => m.Subscriber == "reporting.facts" && codes.Contains(m.Key) && m.Status != OutboxStatus.Delivered, Ct));
            if (waiting == 0)
            {
                return;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"{waiting} projection messages still waiting");
            await Task.Delay(250, Ct);
        }
    }

    private async Task<List<DossierFact>> FactsAsync(IReadOnlyCollection<string> codes) =>
        [.. (await Dossiers.InDatabaseAsync(db => db.Set<DossierFact>().AsNoTracking().Where(f => codes.Contains(f.Code)).ToListAsync(Ct)))
            .OrderBy(f => f.Code, StringComparer.Ordinal)];

    /// <summary>Every projected column but the projection's own timestamp.</summary>
    private static string Describe(DossierFact fact)
    {
        var copy = JsonSerializer.SerializeToElement(fact);
        return string.Join('|', copy.EnumerateObject().Where(p => p.Name != nameof(DossierFact.ProjectedAtUtc)).Select(p => $"{p.Name}={p.Value}"));
    }
}

[Collection(ReportingFactsInSequence.Name)]
public sealed class ProjectionTests_Sqlite(SqliteApp app) : ProjectionTests(app);

[Collection(ReportingFactsInSequence.Name)]
public sealed class ProjectionTests_Postgres(PostgresApp app) : ProjectionTests(app);
