using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Engagement.Features.Feedback;
using MotCua.IntegrationTests.Administration;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Calendar;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Engagement;

/// <summary>
/// The PAKN table on a crafted set: a district of its own and a commune below it, eleven PAKN around the custom period
/// 5/1/2026 → 30/1/2026 (judged on 30/1, the clock being later) where every column is non-empty. The expected figures are
/// counted by hand next to each PAKN; every figure's register list must hold exactly that many.
/// </summary>
public abstract class FeedbackTableTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Admin = "admin@motcua.demo";
    private const string Period = "ky=tuychon&tu=2026-01-05&den=2026-01-30";

    // Column order of FeedbackReportColumns: received, carried, new, regulation, conduct, handled, on time, late,
    // in progress, within, overdue, published, satisfied, unsatisfied.
    private static readonly long[] ExpectedDistrictOwn = [7, 2, 5, 4, 1, 4, 3, 1, 3, 2, 1, 2, 1, 1];
    private static readonly long[] ExpectedCommune = [3, 0, 3, 1, 1, 0, 0, 0, 3, 2, 1, 0, 0, 0];
    private static readonly long[] ExpectedTotal = [10, 2, 8, 5, 2, 4, 3, 1, 6, 4, 2, 2, 1, 1];

    private static readonly string[] ColumnKeys =
    [
        FeedbackMeasureKeys.Received, FeedbackMeasureKeys.CarriedOver, FeedbackMeasureKeys.New, FeedbackMeasureKeys.Regulation,
        FeedbackMeasureKeys.Conduct, FeedbackMeasureKeys.Handled, FeedbackMeasureKeys.HandledOnTime, FeedbackMeasureKeys.HandledLate,
        FeedbackMeasureKeys.InProgress, FeedbackMeasureKeys.InProgressWithinTime, FeedbackMeasureKeys.InProgressOverdue,
        FeedbackMeasureKeys.Published, FeedbackMeasureKeys.Satisfied, FeedbackMeasureKeys.Unsatisfied,
    ];

    private readonly TestTag _tag = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_column_tallies_by_unit_and_in_total_and_each_figure_lists_exactly_its_petitions()
    {
        var (district, commune) = await CraftAsync();
        using var admin = await App.SignedInClientAsync(Admin);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var figures = scope.ServiceProvider.GetRequiredService<IFeedbackFigures>();
            var total = await figures.CountAsync(district.Path, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 30), App.Clock.GetUtcNow().UtcDateTime, Ct);
            ColumnKeys.Select(total.Of).ShouldBe(ExpectedTotal);
            total.Indicator51.ShouldBe(new FeedbackRatio(5, 7));
            total.Indicator52.ShouldBe(new FeedbackRatio(7, 10));
            // 5.3: the new PAKN 4, 7, 9 and 11 (3 unsatisfied, 5 late, 6 raised again, 8 overdue).
            total.Indicator53.ShouldBe(new FeedbackRatio(4, 8));
        }

        var page = await admin.GetStringAsync($"/bao-cao/pakn?donVi={district.Id}&{Period}", Ct);
        page.ShouldContain("bang-pakn");
        page.ShouldContain(commune.Name);

        foreach (var (key, i) in ColumnKeys.Select((k, i) => (k, i)))
        {
            (await ListAsync(admin, key, district.Id, ownOnly: false)).Count.ShouldBe((int)ExpectedTotal[i], key);
            (await ListAsync(admin, key, district.Id, ownOnly: true)).Count.ShouldBe((int)ExpectedDistrictOwn[i], key);
            (await ListAsync(admin, key, commune.Id, ownOnly: false)).Count.ShouldBe((int)ExpectedCommune[i], key);
        }

        (await ListAsync(admin, FeedbackMeasureKeys.SatisfactionNumerator, district.Id, ownOnly: false))
            .Order(StringComparer.Ordinal).ShouldBe(new[] { Code(4), Code(7), Code(9), Code(11) }.Order(StringComparer.Ordinal));
        (await ListAsync(admin, FeedbackMeasureKeys.Timely, district.Id, ownOnly: false)).Count.ShouldBe(7);
    }

    [Fact]
    public async Task The_766_index_scores_group_5_from_the_same_petitions_and_links_each_figure_to_its_register_list()
    {
        var (district, commune) = await CraftAsync();
        using var anonymous = App.CreateClient();

        var index = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/766?unit={district.Id}&from=2026-01-05&to=2026-01-30", Ct);

        var rows = index.GetProperty("indicators").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        // 5.1 monitoring: regulation 5 of 7 classified; 5.2: 7 timely of 10 received, no threshold: 70 % × 6; 5.3: 4 of 8 new: 50 % × 6.
        (rows["5.1"].GetProperty("numerator").GetDecimal(), rows["5.1"].GetProperty("denominator").GetDecimal()).ShouldBe((5m, 7m));
        rows["5.1"].GetProperty("points").ValueKind.ShouldBe(JsonValueKind.Null);
        (rows["5.2"].GetProperty("numerator").GetDecimal(), rows["5.2"].GetProperty("denominator").GetDecimal()).ShouldBe((7m, 10m));
        rows["5.2"].GetProperty("points").GetDecimal().ShouldBe(4.2m);
        (rows["5.3"].GetProperty("numerator").GetDecimal(), rows["5.3"].GetProperty("denominator").GetDecimal()).ShouldBe((4m, 8m));
        rows["5.3"].GetProperty("points").GetDecimal().ShouldBe(3m);
        rows["5.2"].GetProperty("numeratorUrl").GetString()
            .ShouldBe(FeedbackRegisterLinks.Url(FeedbackMeasureKeys.Timely, district.Id, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 30)));

        // The commune's own index counts only its petitions (8 overdue, 9 transferred in, 11 late but within time on 30/1).
        var communeIndex = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/766?unit={commune.Id}&from=2026-01-05&to=2026-01-30", Ct);
        var communeRows = communeIndex.GetProperty("indicators").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        communeRows["5.2"].GetProperty("denominator").GetDecimal().ShouldBe(3m);

        // Narrowed to a procedure, the PAKN figures do not apply.
        var narrowed = await anonymous.GetFromJsonAsync<JsonElement>(
            $"/api/v1/indicators/766?unit={district.Id}&from=2026-01-05&to=2026-01-30&field=", Ct);
        narrowed.GetProperty("indicators").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "5.2")
            .GetProperty("denominator").GetDecimal().ShouldBe(10m, "an empty field is no narrowing");
    }

    [Fact]
    public async Task The_xlsx_has_the_vietnamese_headers_and_the_figures_of_the_page()
    {
        var (district, commune) = await CraftAsync();
        using var admin = await App.SignedInClientAsync(Admin);

        using var response = await admin.GetAsync($"/bao-cao/pakn?handler=Xlsx&donVi={district.Id}&{Period}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = Read(await response.Content.ReadAsByteArrayAsync(Ct));
        rows.ShouldContain(r => r.Contains("Số PAKN tiếp nhận") && r.Contains("Phân loại") && r.Contains("Đã xử lý") && r.Contains("Đang xử lý"));
        rows.ShouldContain(r => r.Contains("Kỳ trước chuyển sang") && r.Contains("Hành vi của CBCC") && r.Contains("Không hài lòng"));
        Figures(rows.Single(r => r.Count > 1 && r[1] == commune.Name)).ShouldBe(ExpectedCommune);
        Figures(rows.Single(r => r.Count > 1 && r[1] == "Tổng cộng")).ShouldBe(ExpectedTotal);
        rows.ShouldContain(r => r.Count > 4 && r[0] == "5.3" && r[2] == "4" && r[3] == "8");
    }

    [Fact]
    public async Task A_leader_of_another_unit_may_not_read_the_table_of_this_one()
    {
        var (district, _) = await CraftAsync();
        using var sapa = await App.SignedInClientAsync("motcua.sapa@motcua.demo");

        using var page = await sapa.GetAsync($"/bao-cao/pakn?donVi={district.Id}&{Period}", Ct);
        using var list = await sapa.GetAsync($"/api/v1/feedback?measure={FeedbackMeasureKeys.Received}&unit={district.Id}&from=2026-01-05&to=2026-01-30", Ct);

        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private string Code(int n) => $"PAKN-T{_tag}-{n:D2}";

    private static long[] Figures(IReadOnlyList<string> row) => [.. row.Skip(2).Take(ColumnKeys.Length).Select(long.Parse)];

    private static async Task<List<string>> ListAsync(HttpClient client, string key, Guid unit, bool ownOnly)
    {
        var codes = new List<string>();
        string? next = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>(
                $"/api/v1/feedback?measure={key}&unit={unit}&from=2026-01-05&to=2026-01-30&ownOnly={ownOnly}&limit=100{(next is null ? "" : "&after=" + next)}", Ct);
            codes.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!));
            next = page.GetProperty("next").GetString();
        }
        while (next is not null);
        return codes;
    }

    private async Task<(UnitSummary District, UnitSummary Commune)> CraftAsync()
    {
        using var admin = await App.SignedInClientAsync(Admin);
        var districtCode = _tag.Code();
        var communeCode = _tag.Code();
        await CreateUnitAsync(admin, districtCode, "UBND huyện thử PAKN", "DistrictCommittee", "000.00.00.H40");
        await CreateUnitAsync(admin, communeCode, "UBND xã thử PAKN", "Commune", districtCode);

        await using var scope = App.Services.CreateAsyncScope();
        var organisation = scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>();
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingCalendarSource>().GetAsync(Ct);
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var d = (await organisation.FindByCodeAsync(districtCode, Ct))!;
        var c = (await organisation.FindByCodeAsync(communeCode, Ct))!;
        var district = new HandlingUnit(d.Id, d.Path, d.Name);
        var commune = new HandlingUnit(c.Id, c.Path, c.Name);

        static DateTime On(int year, int month, int day) => VietnamTime.At(new DateOnly(year, month, day), new TimeOnly(10, 0)).UtcDateTime;
        FeedbackCase Submit(int n, HandlingUnit unit, DateTime at, FeedbackCase? reRaises = null)
        {
            var petitioner = new Petitioner("Người thử " + n, reRaises is null ? $"0912 000 {n:D3}" : reRaises.PetitionerPhone, "Lào Cai", null, null);
            var item = FeedbackCase.Submit(Code(n), unit, null, FeedbackChannel.Portal, petitioner, null, "PAKN thử " + n, "Nội dung", reRaises, at, calendar).Value!;
            db.Add(item);
            return item;
        }

        void Votes(FeedbackCase item, params bool[] likes)
        {
            for (var i = 0; i < likes.Length; i++)
            {
                item.Count(null, likes[i]);
                db.Add(FeedbackVote.Cast(item.Id, $"browser:{_tag}{item.Code}{i}", likes[i], item.PublishedAtUtc!.Value));
            }
        }

        // 1: carried over (22/12), regulation, due 13/1: in progress overdue on 30/1.
        Submit(1, district, On(2025, 12, 22)).Receive(FeedbackClassification.Regulation, On(2025, 12, 23));
        // 2: carried over, regulation, result 8/1 on time, published 9/1, 2 likes: satisfied.
        var second = Submit(2, district, On(2025, 12, 29));
        second.Receive(FeedbackClassification.Regulation, On(2025, 12, 30));
        second.RecordResult("Kết quả 2", On(2026, 1, 8), calendar);
        second.Publish(On(2026, 1, 9));
        Votes(second, true, true);
        // 3: new, conduct, result 12/1 on time, published 13/1, 2 dislikes and 1 like: unsatisfied.
        var third = Submit(3, district, On(2026, 1, 6));
        third.Receive(FeedbackClassification.Conduct, On(2026, 1, 7));
        third.RecordResult("Kết quả 3", On(2026, 1, 12), calendar);
        third.Publish(On(2026, 1, 13));
        Votes(third, false, false, true);
        // 4: new, regulation, due 10/2: in progress within time.
        Submit(4, district, On(2026, 1, 20)).Receive(FeedbackClassification.Regulation, On(2026, 1, 21));
        // 5: new, refused 9/1 after its due date 7/1: handled late, unclassified.
        Submit(5, district, On(2026, 1, 5)).Refuse("Không đủ thông tin", On(2026, 1, 9));
        // 6: new, regulation, result 15/1 on time, then raised again by 7.
        var sixth = Submit(6, district, On(2026, 1, 8));
        sixth.Receive(FeedbackClassification.Regulation, On(2026, 1, 9));
        sixth.RecordResult("Kết quả 6", On(2026, 1, 15), calendar);
        // 7: new, raises 6 again, waiting for receipt, due 6/2: within time.
        Submit(7, district, On(2026, 1, 16), reRaises: sixth);
        // 8: new at the commune, conduct, due 26/1: overdue.
        Submit(8, commune, On(2026, 1, 5)).Receive(FeedbackClassification.Conduct, On(2026, 1, 6));
        // 9: new at the district, transferred to the commune on 14/1: due 4/2 there, within time, unclassified again.
        Submit(9, district, On(2026, 1, 12)).Transfer(commune, "Thuộc thẩm quyền của xã", On(2026, 1, 14), calendar);
        // 11: new at the commune, regulation, due 30/1, result only on 5/2 (late, but in progress within time on 30/1).
        var eleventh = Submit(11, commune, On(2026, 1, 9));
        eleventh.Receive(FeedbackClassification.Regulation, On(2026, 1, 12));
        eleventh.RecordResult("Kết quả 11", On(2026, 2, 5), calendar);
        // Outside the period: sent after it, and handled before it.
        Submit(12, district, On(2026, 2, 2));
        var before = Submit(13, district, On(2025, 12, 1));
        before.Receive(FeedbackClassification.Regulation, On(2025, 12, 2));
        before.RecordResult("Kết quả 13", On(2025, 12, 10), calendar);
        await db.SaveChangesAsync(Ct);
        return (d, c);
    }

    private async Task CreateUnitAsync(HttpClient admin, string code, string name, string kind, string parent)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code, name = _tag.Text(name), kind, parentCode = parent }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Each row's cell texts in column order (inline strings and numbers, as the report writes them).</summary>
    private static List<List<string>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())];
    }
}

public sealed class FeedbackTableTests_Sqlite(SqliteApp app) : FeedbackTableTests(app);

public sealed class FeedbackTableTests_Postgres(PostgresApp app) : FeedbackTableTests(app);
