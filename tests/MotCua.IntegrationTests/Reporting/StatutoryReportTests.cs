using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Dossiers.Pages;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Outbox;
using MotCua.Reporting.Domain;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Reporting;

/// <summary>
/// Biểu 06 through real HTTP: the API's figures on a crafted dataset (hand-computed), the page with its links, the
/// XLSX read back by LibreOffice, the background run, and the refusals.
/// </summary>
public abstract class StatutoryReportTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Quarter = "ky=quy4&nam=2025";

    private static readonly string[] Columns =
    [
        "receivedTotal", "receivedOnline", "receivedDirect", "carriedOver", "resolvedTotal", "early", "onTime", "late",
        "inProgressTotal", "withinTime", "overdue", "withdrawn", "stopped",
    ];

    private static readonly string[] MeasureKeys =
    [
        "b06.received", "b06.received.online", "b06.received.direct", "b06.received.carried", "b06.resolved", "b06.resolved.early",
        "b06.resolved.ontime", "b06.resolved.late", "b06.pending", "b06.pending.within", "b06.pending.overdue", "b06.withdrawn", "b06.stopped",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<StatutoryDataset> DatasetAsync()
    {
        var data = new StatutoryDataset(App);
        await data.CreateUnitsAsync();
        await data.WriteFactsAsync();
        return data;
    }

    private static long[] Figures(JsonElement figures) => [.. Columns.Select(c => figures.GetProperty(c).GetInt64())];

    private async Task<JsonElement> ReportAsync(string email, string query)
    {
        using var client = await App.SignedInClientAsync(email);
        using var response = await client.GetAsync("/api/v1/reports/bieu-06?" + query, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task The_quarterly_report_counts_every_category_by_level_and_field_as_worked_out_by_hand()
    {
        var data = await DatasetAsync();

        var report = await ReportAsync(StatutoryDataset.Admin, $"unit={data.DistrictId}&kind=quy4&year=2025");

        var period = report.GetProperty("period");
        period.GetProperty("from").GetString().ShouldBe("2025-09-15");
        period.GetProperty("to").GetString().ShouldBe("2025-12-14");
        period.GetProperty("nominalDue").GetString().ShouldBe("2025-12-20");
        period.GetProperty("due").GetString().ShouldBe("2025-12-22", "20/12/2025 is a Saturday: the due date moves to Monday");
        var groups = report.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("level").GetString()).ShouldBe(["District", "Commune"]);

        var district = groups[0].GetProperty("rows").EnumerateArray().Single();
        district.GetProperty("fieldCode").GetString().ShouldBe(data.DistrictField);
        Figures(district.GetProperty("figures")).ShouldBe(StatutoryDataset.ExpectedDistrict);
        district.GetProperty("broken").GetArrayLength().ShouldBe(0);

        var commune = groups[1].GetProperty("rows").EnumerateArray().Single();
        commune.GetProperty("fieldCode").GetString().ShouldBe(data.CommuneField);
        Figures(commune.GetProperty("figures")).ShouldBe(StatutoryDataset.ExpectedCommune);

        Figures(report.GetProperty("total")).ShouldBe(StatutoryDataset.ExpectedTotal);
        report.GetProperty("isConsistent").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Every_figure_of_a_single_level_report_opens_a_list_of_exactly_that_many_dossiers()
    {
        var data = await DatasetAsync();
        var parser = new HtmlParser();
        using var admin = await App.SignedInClientAsync(StatutoryDataset.Admin);

        using var page = await admin.GetAsync($"/bao-cao/bieu-06?donVi={data.CommuneId}&{Quarter}", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await parser.ParseDocumentAsync(await page.Content.ReadAsStringAsync(Ct), Ct);
        document.QuerySelector("#ky-bao-cao")!.TextContent.ShouldContain("15/09/2025");
        document.QuerySelector("#han-gui")!.TextContent.ShouldContain("22/12/2025");
        document.QuerySelectorAll("#bieu-06 thead th[scope=colgroup]").Length.ShouldBeGreaterThan(3);
        var row = document.QuerySelector($"#bieu-06 tr[data-field='{data.CommuneField}']")!;
        var links = row.QuerySelectorAll("a[data-measure]").ToList();
        links.Count.ShouldBe(13);
        links.Select(a => long.Parse(a.TextContent, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN"))).ShouldBe(StatutoryDataset.ExpectedCommune);

        foreach (var (link, expected) in links.Zip(StatutoryDataset.ExpectedCommune))
        {
            var href = link.GetAttribute("href")!;
            href.ShouldStartWith("/bao-cao/ho-so?chiSo=" + link.GetAttribute("data-measure"));
            var query = System.Web.HttpUtility.ParseQueryString(new Uri(App.BaseAddress, href).Query);
            var api = $"/api/v1/reports/dossiers?measure={query["chiSo"]}&unit={query["donVi"]}&from={query["tu"]}&to={query["den"]}&field={query["linhVuc"]}&level={query["capDo"]}";
            var list = await admin.GetFromJsonAsync<JsonElement>(api, Ct);
            list.GetProperty("total").GetInt64().ShouldBe(expected, href);
        }
    }

    [Fact]
    public async Task A_field_handled_at_two_levels_lists_each_levels_dossiers_behind_each_row()
    {
        var data = await DatasetAsync();
        // The commune's field also handled once by the district's department: one row per level, each with its own list.
        await data.WriteFactsAsync([data.Fact(98, data.DepartmentPath, data.CommuneField, 1, FactOutcome.InProgress, "2025-10-01")]);
        using var admin = await App.SignedInClientAsync(StatutoryDataset.Admin);
        var document = await new HtmlParser().ParseDocumentAsync(await admin.GetStringAsync($"/bao-cao/bieu-06?donVi={data.DistrictId}&{Quarter}", Ct), Ct);

        foreach (var (level, expected) in new[] { ("District", 1L), ("Commune", StatutoryDataset.ExpectedCommune[0]) })
        {
            var link = document.QuerySelector($"#bieu-06 tr[data-field='{data.CommuneField}'][data-level='{level}'] a[data-measure='b06.received']")!;
            long.Parse(link.TextContent, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN")).ShouldBe(expected);
            var query = System.Web.HttpUtility.ParseQueryString(new Uri(App.BaseAddress, link.GetAttribute("href")!).Query);
            query["capDo"].ShouldBe(level == "District" ? "huyen" : "xa");
            var list = await admin.GetFromJsonAsync<JsonElement>(
                $"/api/v1/reports/dossiers?measure=b06.received&unit={query["donVi"]}&from={query["tu"]}&to={query["den"]}&field={query["linhVuc"]}&level={query["capDo"]}", Ct);
            list.GetProperty("total").GetInt64().ShouldBe(expected, level);
        }

        using var unknownLevel = await admin.GetAsync($"/api/v1/reports/dossiers?measure=b06.received&unit={data.DistrictId}&from=2025-09-15&to=2025-12-14&level=thon", Ct);
        unknownLevel.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownLevel.Content.ReadAsStringAsync(Ct)).ShouldContain("Cấp không hợp lệ");
    }

    [Fact]
    public async Task A_row_whose_figures_do_not_reconcile_is_shown_with_a_warning_not_hidden()
    {
        var data = await DatasetAsync();
        // A resolved dossier without a timeliness judgement: resolved ≠ early + on time + late.
        await data.WriteFactsAsync([data.Fact(99, data.CommunePath, data.CommuneField, 1, FactOutcome.Resolved, "2025-10-01", "2025-10-03")]);

        var report = await ReportAsync(StatutoryDataset.Admin, $"unit={data.CommuneId}&kind=quy4&year=2025");
        report.GetProperty("isConsistent").GetBoolean().ShouldBeFalse();
        var row = report.GetProperty("groups")[0].GetProperty("rows")[0];
        row.GetProperty("broken").EnumerateArray().Select(b => b.GetString()).ShouldBe(["resolved-by-timeliness"]);
        row.GetProperty("figures").GetProperty("resolvedTotal").GetInt64().ShouldBe(4);

        using var admin = await App.SignedInClientAsync(StatutoryDataset.Admin);
        var html = await admin.GetStringAsync($"/bao-cao/bieu-06?donVi={data.CommuneId}&{Quarter}", Ct);
        var warning = (await new HtmlParser().ParseDocumentAsync(html, Ct)).QuerySelector("#bieu-06 tr.b06-warning");
        warning.ShouldNotBeNull().TextContent.ShouldContain("trước hạn + đúng hạn + quá hạn");
    }

    [Fact]
    public async Task The_xlsx_read_back_by_LibreOffice_has_the_figures_of_the_api()
    {
        var office = LibreOffice.Find();
        var data = await DatasetAsync();
        var report = await ReportAsync(StatutoryDataset.Admin, $"unit={data.DistrictId}&kind=quy4&year=2025");
        using var admin = await App.SignedInClientAsync(StatutoryDataset.Admin);
        using var response = await admin.GetAsync($"/api/v1/reports/bieu-06/xlsx?unit={data.DistrictId}&kind=quy4&year=2025", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var lines = await LibreOffice.ToCsvAsync(office, await response.Content.ReadAsByteArrayAsync(Ct));

        var text = lines.Select(l => string.Join('|', l)).ToList();
        text.ShouldContain(l => l.Contains("Biểu số 06/VPCP/KSTT", StringComparison.Ordinal));
        text.ShouldContain(l => l.Contains("Số hồ sơ nhận giải quyết", StringComparison.Ordinal) && l.Contains("Số hồ sơ đã giải quyết", StringComparison.Ordinal));
        text.ShouldContain(l => l.Contains("15/09/2025", StringComparison.Ordinal) && l.Contains("14/12/2025", StringComparison.Ordinal));
        text.ShouldContain(l => l.Contains("Thủ trưởng cơ quan, đơn vị", StringComparison.Ordinal));
        var groups = report.GetProperty("groups");
        NumbersOf(lines, data.DistrictField).ShouldBe(Figures(groups[0].GetProperty("rows")[0].GetProperty("figures")));
        NumbersOf(lines, data.CommuneField).ShouldBe(Figures(groups[1].GetProperty("rows")[0].GetProperty("figures")));
        NumbersOf(lines, "Cộng Cấp huyện").ShouldBe(Figures(groups[0].GetProperty("total")));
        NumbersOf(lines, "Cộng Cấp xã").ShouldBe(Figures(groups[1].GetProperty("total")));
        NumbersOf(lines, "Tổng cộng").ShouldBe(StatutoryDataset.ExpectedTotal);
    }

    [Fact]
    public async Task A_year_is_generated_in_the_background_with_progress_and_kept_for_its_requester()
    {
        var data = await DatasetAsync();
        using var admin = await App.SignedInClientAsync(StatutoryDataset.Admin);

        using var requested = await admin.PostAsJsonAsync("/api/v1/reports/bieu-06/runs", new { unit = data.DistrictId, kind = "nam", year = 2025 }, Ct);
        requested.StatusCode.ShouldBe(HttpStatusCode.Accepted, await requested.Content.ReadAsStringAsync(Ct));
        var status = requested.Headers.Location!.ToString();
        var run = await requested.Content.ReadFromJsonAsync<JsonElement>(Ct);
        run.GetProperty("state").GetString().ShouldBe("Queued");

        var deadline = DateTime.UtcNow.AddSeconds(90);
        JsonElement current;
        do
        {
            await App.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken: Ct);
            current = await admin.GetFromJsonAsync<JsonElement>(status, Ct);
            if (current.GetProperty("state").GetString() == "Done" || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(300, Ct);
        }
        while (true);

        current.GetProperty("state").GetString().ShouldBe("Done", current.ToString());
        current.GetProperty("progress").GetInt32().ShouldBe(100);
        var download = current.GetProperty("downloadUrl").GetString()!;
        using var file = await admin.GetAsync(download, Ct);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await file.Content.ReadAsByteArrayAsync(Ct)).Take(2).ShouldBe("PK"u8.ToArray());

        var listing = await admin.GetStringAsync("/bao-cao/bieu-06/tep", Ct);
        listing.ShouldContain(run.GetProperty("id").GetString()!);

        // The page offers the same for a year: its button posts the request and leads to the list of runs.
        var pages = await DeskPageClient.SignInAsync(App, StatutoryDataset.Admin);
        var reportPage = $"/bao-cao/bieu-06?donVi={data.DistrictId}&ky=nam&nam=2025";
        using var form = new MultipartFormDataContent();
        var (posted, _) = await pages.PostAsync($"/bao-cao/bieu-06?handler=Run&donVi={data.DistrictId}&ky=nam&nam=2025", form, reportPage);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.OriginalString.ShouldBe("/bao-cao/bieu-06/tep");

        using var other = await App.SignedInClientAsync(StatutoryDataset.OtherDesk);
        (await other.GetAsync(status, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(download, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_requests_get_clear_vietnamese_problems()
    {
        var data = await DatasetAsync();
        using var admin = await App.SignedInClientAsync(StatutoryDataset.Admin);

        var unknown = await ProblemAsync(admin, $"unit={data.DistrictId}&kind=quy5&year=2025", HttpStatusCode.BadRequest);
        unknown.GetProperty("errors").GetProperty("kind")[0].GetString()!.ShouldContain("Kỳ báo cáo \"quy5\" không hợp lệ");

        var inverted = await ProblemAsync(admin, $"unit={data.DistrictId}&kind=tuychon&from=2025-12-01&to=2025-11-01", HttpStatusCode.BadRequest);
        inverted.GetProperty("errors").GetProperty("to")[0].GetString()!.ShouldContain("Ngày kết thúc phải từ ngày bắt đầu trở đi");

        var open = await ProblemAsync(admin, $"unit={data.DistrictId}&kind=tuychon&from=2025-12-01", HttpStatusCode.BadRequest);
        open.GetProperty("errors").GetProperty("to")[0].GetString()!.ShouldContain("cần có ngày kết thúc");

        var year = await ProblemAsync(admin, $"unit={data.DistrictId}&kind=nam&year=1990", HttpStatusCode.BadRequest);
        year.GetProperty("errors").GetProperty("year")[0].GetString()!.ShouldContain("từ 2000 đến 2100");

        (await ProblemAsync(admin, $"unit={Guid.NewGuid()}&kind=quy1&year=2026", HttpStatusCode.NotFound))
            .GetProperty("detail").GetString()!.ShouldContain("Không tìm thấy đơn vị");

        using var other = await App.SignedInClientAsync(StatutoryDataset.OtherDesk);
        (await ProblemAsync(other, $"unit={data.DistrictId}&kind=quy4&year=2025", HttpStatusCode.Forbidden))
            .GetProperty("detail").GetString()!.ShouldContain("không có quyền xem báo cáo");
        using var runOutOfScope = await other.PostAsJsonAsync("/api/v1/reports/bieu-06/runs", new { unit = data.DistrictId, kind = "nam", year = 2025 }, Ct);
        runOutOfScope.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/bao-cao/bieu-06?donVi={data.DistrictId}&{Quarter}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var page = await admin.GetAsync($"/bao-cao/bieu-06?donVi={data.DistrictId}&ky=tuychon&tu=2025-12-01&den=2025-11-01", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync(Ct), Ct);
        document.QuerySelector("#loi-den")!.TextContent.ShouldContain("Ngày kết thúc phải từ ngày bắt đầu trở đi");
        document.QuerySelector("#bieu-06").ShouldBeNull();
    }

    private static async Task<JsonElement> ProblemAsync(HttpClient client, string query, HttpStatusCode status)
    {
        using var response = await client.GetAsync("/api/v1/reports/bieu-06?" + query, Ct);
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>The thirteen figures of the CSV line whose label cell is <paramref name="label"/>.</summary>
    private static long[] NumbersOf(IReadOnlyList<string[]> lines, string label)
    {
        var line = lines.Single(l => l.Length > 1 && l[1] == label);
        return [.. line.Skip(2).Take(13).Select(cell => long.Parse(cell.Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture))];
    }
}

public sealed class StatutoryReportTests_Sqlite(SqliteApp app) : StatutoryReportTests(app);

public sealed class StatutoryReportTests_Postgres(PostgresApp app) : StatutoryReportTests(app);

/// <summary>LibreOffice in headless mode, to read an XLSX the way a civil servant's spreadsheet would.</summary>
internal static class LibreOffice
{
    /// <summary>The soffice/libreoffice executable on PATH; skips the calling test, saying so, when there is none.</summary>
    public static string Find()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "libreoffice"), Path.Combine(dir, "soffice") })
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            if (Environment.GetEnvironmentVariable("MOTCUA_REQUIRE_LIBREOFFICE") == "1")
            {
                Assert.Fail("LibreOffice is required here (MOTCUA_REQUIRE_LIBREOFFICE=1) but neither libreoffice nor soffice is on PATH.");
            }

            Assert.Skip("skipped: no LibreOffice on PATH (apt-get install libreoffice-calc-nogui) to read the XLSX back");
        }

        return path;
    }

    /// <summary>Converts the workbook to CSV (UTF-8, comma-separated) and returns its parsed lines.</summary>
    public static async Task<IReadOnlyList<string[]>> ToCsvAsync(string office, byte[] xlsx)
    {
        var directory = Directory.CreateTempSubdirectory("motcua-b06-").FullName;
        try
        {
            var input = Path.Combine(directory, "bieu-06.xlsx");
            await File.WriteAllBytesAsync(input, xlsx, TestContext.Current.CancellationToken);
            var start = new ProcessStartInfo(office)
            {
                ArgumentList = { "--headless", $"-env:UserInstallation=file://{directory}/profile", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", directory, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            var csv = Path.Combine(directory, "bieu-06.csv");
            File.Exists(csv).ShouldBeTrue($"LibreOffice did not convert the file: {await error}");
            return [.. (await File.ReadAllLinesAsync(csv, TestContext.Current.CancellationToken)).Select(Split)];
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
