using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using MotCua.Catalog.Domain;
using MotCua.Catalog.Features.Transfer;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Files;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Catalog;

public abstract class CatalogTransferTests(MotCuaApp app) : IntegrationTest(app)
{
    // The system administrator is also a catalog editor. The control officer's account is not used here: another
    // class signs it in with a wrong password, and Identity's reset of the failed-attempt count races with parallel
    // sign-ins of the same account (a concurrency-stamp conflict turns a right password into a 401).
    private const string Editor = "admin@motcua.demo";
    private const string DeskOfficer = "motcua.tinh@motcua.demo";
    private const string Today = "2026-03-02";

    // Policies list two authentication schemes (Identity cookie, bearer) and both challenge/forbid: the cookie's
    // ApiAwareRedirects starts the response, then the bearer handler sets a header or status on it (Administration;
    // reported). Un-skip when the policies challenge through one scheme.

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A database of the same kind as the shared app's, fresh for one test.</summary>
    protected abstract Func<Task<TestDatabase?>> FreshDatabase { get; }

    [Fact]
    public async Task A_valid_file_imports_fields_published_and_draft_procedures_processes_forms_and_audit_entries()
    {
        var file = new CatalogFile().WithField();
        file.Add(1);
        file.Add(2, p => p.Remove("decision"));
        file.Add(3, p => p["abolition"] = new JsonObject { ["number"] = "100/QĐ-UBND", ["signedOn"] = "2025-06-01", ["signer"] = "Phó Chủ tịch UBND tỉnh", ["effectiveOn"] = "2025-06-10" });
        using var client = await App.SignedInClientAsync(Editor);

        using var response = await client.PostAsync("/api/v1/catalog/import", file.ToContent(), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var summary = await response.Content.ReadFromJsonAsync<ImportSummary>(Ct);
        summary.ShouldBe(new ImportSummary(FieldsCreated: 1, ProceduresCreated: 3, Published: 1, Drafts: 1, Abolished: 1, InternalProcesses: 3, FormFiles: 3));

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var prefix = file.Prefix;
        var procedures = await db.Set<Procedure>().Include(p => p.Versions).Where(p => p.Code.StartsWith(prefix)).ToListAsync(Ct);
        procedures.Count.ShouldBe(3);
        var published = procedures.Single(p => p.Code == file.Code(1));
        published.IsDemo.ShouldBeFalse();
        published.VersionAt(new DateOnly(2026, 3, 2))!.Decision!.Number.ShouldBe("99/QĐ-UBND");
        procedures.Single(p => p.Code == file.Code(2)).Draft.ShouldNotBeNull();
        procedures.Single(p => p.Code == file.Code(3)).RetiredOn.ShouldBe(new DateOnly(2025, 6, 10));
        (await db.Set<ProcedureField>().AnyAsync(f => f.Code == file.FieldCode, Ct)).ShouldBeTrue();
        var process = await db.Set<InternalProcess>().SingleAsync(p => p.ProcedureId == published.Id, Ct);
        process.IsPublished.ShouldBeTrue();
        process.Steps.Sum(s => s.BudgetHours).ShouldBe(40);

        var formKey = published.VersionAt(new DateOnly(2026, 3, 2))!.Content.Components[0].FormFileKey.ShouldNotBeNull();
        await using (var form = await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenAsync(formKey, Ct))
        {
            using var reader = new StreamReader(form.ShouldNotBeNull());
            (await reader.ReadToEndAsync(Ct)).ShouldStartWith("TỜ KHAI ĐỀ NGHỊ");
        }

        var ids = procedures.Select(p => p.Id.ToString()).ToList();
        var audits = await db.Set<AuditEntry>().Where(a => ids.Contains(a.EntityId)).ToListAsync(Ct);
        audits.Count.ShouldBe(3);
        audits.ShouldAllBe(a => a.Action == "catalog.imported" && a.Actor == Editor);
    }

    [Fact]
    public async Task Every_faulty_row_is_reported_with_its_row_and_code_and_nothing_is_written()
    {
        var file = new CatalogFile().WithField();
        file.Fields.Add(new JsonObject { ["code"] = "TRONG" + file.FieldCode, ["name"] = " " });
        file.Add(1);
        file.Add(2, p => p["name"] = "");
        file.Add(3, p => p["code"] = "ma-sai");
        file.Add(4, p => p["code"] = file.Code(1));
        file.Add(5, p => p["code"] = "1.001234");
        file.Add(6, p => p["implementingUnit"] = "000.99.99.H40");
        file.Add(7, p => p["field"] = "KHONGCO" + file.FieldCode);
        file.Add(8, p => p["legalBases"] = new JsonArray());
        file.Add(9, p => p["decision"]!["effectiveOn"] = "2025-01-01");
        file.Add(10, p => p["processingTimes"]![0]!["amount"] = 2);
        file.Add(11, p => p["internalProcess"]!["steps"]![0]!["role"] = "Boss");
        file.Add(12, p => p["components"]![0]!["formFile"]!["fileName"] = "virus.exe");
        using var client = await App.SignedInClientAsync(Editor);

        using var response = await client.PostAsync("/api/v1/catalog/import", file.ToContent(), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("detail").GetString().ShouldBe("Tệp có 12 dòng lỗi nên chưa nhập dữ liệu nào. Vui lòng sửa các lỗi dưới đây rồi nhập lại.");
        var errors = problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(
            ["fields[1]", .. Enumerable.Range(1, 11).Select(i => $"procedures[{i}]").Order(StringComparer.Ordinal)]);
        errors["procedures[1]"].ShouldBe([$"Dòng 2 (mã {file.Code(2)}): Tên thủ tục không được để trống."]);
        errors["procedures[2]"].ShouldContain(m => m.StartsWith("Dòng 3 (mã ma-sai): Mã thủ tục chỉ gồm", StringComparison.Ordinal));
        errors["procedures[3]"].ShouldContain(m => m.Contains("trùng với một dòng khác", StringComparison.Ordinal));
        errors["procedures[4]"].ShouldContain(m => m.Contains("đã có trong danh mục", StringComparison.Ordinal));
        errors["procedures[5]"].ShouldContain(m => m.Contains("Không tìm thấy cơ quan thực hiện có mã 000.99.99.H40", StringComparison.Ordinal));
        errors["procedures[6]"].ShouldContain(m => m.Contains("chưa có trong danh mục và không được khai báo", StringComparison.Ordinal));
        errors["procedures[7]"].ShouldContain(m => m.EndsWith("Phải có ít nhất một căn cứ pháp lý.", StringComparison.Ordinal));
        errors["procedures[8]"].ShouldContain(m => m.EndsWith("Ngày có hiệu lực không được trước ngày ký quyết định.", StringComparison.Ordinal));
        errors["procedures[9]"].ShouldContain(m => m.Contains("vượt thời hạn giải quyết theo quy định", StringComparison.Ordinal));
        errors["procedures[10]"].ShouldContain(m => m.Contains("vai trò \"Boss\" không hợp lệ", StringComparison.Ordinal));
        errors["procedures[11]"].ShouldContain(m => m.Contains("tên tệp phải có đuôi", StringComparison.Ordinal));
        errors["fields[1]"].ShouldContain(m => m.Contains("Tên lĩnh vực không được để trống", StringComparison.Ordinal));

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var prefix = file.Prefix;
        var fieldCode = file.FieldCode;
        (await db.Set<Procedure>().CountAsync(p => p.Code.StartsWith(prefix), Ct)).ShouldBe(0);
        (await db.Set<ProcedureField>().CountAsync(f => f.Code.EndsWith(fieldCode), Ct)).ShouldBe(0);
    }

    [Theory]
    [InlineData("{ \"format\": \"motcua.catalog/v1\", \"procedures\": [ { \"code\": ", "Tệp không đúng định dạng JSON")]
    [InlineData("", "Tệp không đúng định dạng JSON")]
    [InlineData("{ \"format\": \"motcua.catalog/v1\", \"procedures\": [ { \"code\": \"1.1\", \"levels\": \"Galaxy\" } ] }", "$.procedures[0].levels")]
    [InlineData("{ \"format\": \"other/v9\", \"procedures\": [] }", "\"format\": \"motcua.catalog/v1\"")]
    public async Task Malformed_files_get_one_clear_error_not_a_stack_trace(string body, string expected)
    {
        using var client = await App.SignedInClientAsync(Editor);

        using var response = await client.PostAsync("/api/v1/catalog/import", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("detail").GetString()!.ShouldContain(expected);
        problem.GetProperty("errors").EnumerateObject().Count().ShouldBe(1);
        problem.ToString().ShouldNotContain("Exception");
    }

    [Fact]
    public async Task A_file_over_five_megabytes_is_refused_before_it_is_parsed()
    {
        using var client = await App.SignedInClientAsync(Editor);
        var oversize = new byte[(5 * 1024 * 1024) + 1];
        Array.Fill(oversize, (byte)' ');
        using var content = new MultipartFormDataContent { { new ByteArrayContent(oversize), "file", "danh-muc.json" } };

        using var response = await client.PostAsync("/api/v1/catalog/import", content, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString().ShouldStartWith("Tệp quá lớn: dung lượng tối đa là 5 MB.");
    }

    [Fact]
    public async Task A_file_uploaded_as_multipart_form_data_imports_like_a_json_body()
    {
        var file = new CatalogFile().WithField();
        file.Add(1);
        using var client = await App.SignedInClientAsync(Editor);
        using var content = new MultipartFormDataContent { { new StringContent(file.ToJson(), Encoding.UTF8, "application/json"), "file", "danh-muc.json" } };

        using var response = await client.PostAsync("/api/v1/catalog/import", content, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<ImportSummary>(Ct))!.ProceduresCreated.ShouldBe(1);
    }

    [Fact]
    public async Task A_desk_officer_may_not_import()
    {
        var file = new CatalogFile().WithField();
        file.Add(1);
        using var desk = await App.SignedInClientAsync(DeskOfficer);

        using var response = await desk.PostAsync("/api/v1/catalog/import", file.ToContent(), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_anonymous_caller_may_not_import()
    {
        var file = new CatalogFile().WithField();
        file.Add(1);
        using var anonymous = App.CreateClient();

        using var response = await anonymous.PostAsync("/api/v1/catalog/import", file.ToContent(), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_demo_catalog_of_lao_cai_is_loaded_through_the_importer()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var demo = await db.Set<Procedure>().AsNoTracking().Include(p => p.Versions).Where(p => p.IsDemo).ToListAsync(Ct);
        var today = new DateOnly(2026, 3, 2);

        demo.Count(p => p.VersionAt(today) is not null).ShouldBeGreaterThanOrEqualTo(40);
        demo.Count(p => p.Versions.Any(v => v.Status == VersionStatus.Superseded) && p.RetiredOn is null).ShouldBeGreaterThanOrEqualTo(2);
        demo.Count(p => p.RetiredOn is not null).ShouldBeGreaterThanOrEqualTo(1);
        demo.Count(p => p.LatestPublished is null).ShouldBeGreaterThanOrEqualTo(2);
        var current = demo.Select(p => p.VersionAt(today)?.Content).OfType<ProcedureContent>().ToList();
        current.ShouldContain(c => c.InterAgencyGroup != null);
        current.ShouldContain(c => c.IsSpecial);
        current.ShouldContain(c => c.IsInternal);
        current.Select(c => c.OnlineLevel).Distinct().Count().ShouldBe(3);

        var ids = demo.Select(p => p.Id).ToList();
        (await db.Set<InternalProcess>().CountAsync(p => ids.Contains(p.ProcedureId), Ct)).ShouldBeGreaterThanOrEqualTo(10);
        (await db.Set<AuditEntry>().CountAsync(a => a.Action == "catalog.imported" && a.Actor == "system", Ct)).ShouldBe(demo.Count);

        var lltp = demo.Single(p => p.Code == "1.001234").VersionAt(today)!.Content;
        lltp.Fees.ShouldContain(f => f.AmountDong == 200_000);
        var formKey = lltp.Components.Single(c => c.FormName == "Mẫu số 03/2013/TT-LLTP").FormFileKey.ShouldNotBeNull();
        await using var form = await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenAsync(formKey, Ct);
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(form.ShouldNotBeNull(), false);
        docx.MainDocumentPart!.Document!.InnerText.ShouldContain("TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP");
    }

    [Fact]
    public async Task The_json_export_imported_into_an_empty_catalog_exports_the_same_catalog()
    {
        var demoCodes = (await CatalogDemoData.LoadAsync(Ct)).Procedures.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        using var source = App.CreateClient();
        var exported = JsonNode.Parse(await source.GetStringAsync($"/api/v1/catalog/export?format=json&at={Today}", Ct))!.AsObject();
        // Other tests add procedures to the shared app as they run: the round trip is over the demo catalog.
        var procedures = new JsonArray([.. exported["procedures"]!.AsArray().Where(p => demoCodes.Contains((string)p!["code"]!)).Select(p => p!.DeepClone())]);
        var usedFields = procedures.Select(p => (string)p!["field"]!).ToHashSet(StringComparer.Ordinal);
        var fields = new JsonArray([.. exported["fields"]!.AsArray().Where(f => usedFields.Contains((string)f!["code"]!)).Select(f => f!.DeepClone())]);
        procedures.Count.ShouldBeGreaterThanOrEqualTo(40);
        var document = new JsonObject { ["format"] = "motcua.catalog/v1", ["fields"] = fields.DeepClone(), ["procedures"] = procedures.DeepClone() };

        await using var empty = new EmptyCatalogApp(FreshDatabase);
        await empty.InitializeAsync();
        using var editor = await empty.SignedInClientAsync(Editor);
        using var imported = await editor.PostAsync("/api/v1/catalog/import", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(Ct));
        var again = JsonNode.Parse(await editor.GetStringAsync($"/api/v1/catalog/export?format=json&at={Today}", Ct))!;

        JsonNode.DeepEquals(again["procedures"], procedures).ShouldBeTrue();
        JsonNode.DeepEquals(again["fields"], fields).ShouldBeTrue();
        again["validOn"]!.GetValue<string>().ShouldBe(Today);
    }

    [Fact]
    public async Task The_export_shows_the_version_valid_on_the_requested_day_and_filters_by_agency()
    {
        using var client = App.CreateClient();

        var before = JsonNode.Parse(await client.GetStringAsync("/api/v1/catalog/export?at=2024-07-01&agency=000.00.10.H40", Ct))!;
        var now = JsonNode.Parse(await client.GetStringAsync($"/api/v1/catalog/export?at={Today}&agency=000.00.10.H40", Ct))!;

        static JsonNode Licence(JsonNode export) => export["procedures"]!.AsArray().Single(p => (string)p!["code"]! == "1.002809")!;
        Licence(before)["decision"]!["number"]!.GetValue<string>().ShouldBe("1456/QĐ-UBND");
        Licence(now)["decision"]!["number"]!.GetValue<string>().ShouldBe("3021/QĐ-UBND");
        before["procedures"]!.AsArray().ShouldContain(p => (string)p!["code"]! == "1.002930");
        now["procedures"]!.AsArray().ShouldNotContain(p => (string)p!["code"]! == "1.002930");
        now["procedures"]!.AsArray().ShouldAllBe(p => ((string)p!["implementingUnit"]!).EndsWith(".10.H40", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?format=pdf", "format")]
    [InlineData("?at=02/03/2026", "at")]
    [InlineData("?agency=000.99.99.H40", "agency")]
    public async Task Bad_export_parameters_are_refused_with_a_problem(string query, string field)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/api/v1/catalog/export" + query, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_xlsx_export_is_a_sheet_with_the_vietnamese_columns_of_a_publication_list()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync($"/api/v1/catalog/export?format=xlsx&at={Today}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var sheet = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows[0].Keys.ShouldBe(["TT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Căn cứ pháp lý", "Cơ quan thực hiện", "Thời hạn giải quyết", "Phí, lệ phí", "Cách thức thực hiện"]);
        var lltp = rows.Single(r => (string)r["Mã TTHC"] == "1.001234");
        ((string)lltp["Lĩnh vực"]).ShouldBe("Lý lịch tư pháp");
        ((string)lltp["Cơ quan thực hiện"]).ShouldBe("Sở Tư pháp");
        ((string)lltp["Phí, lệ phí"]).ShouldContain("200.000 đồng");
        ((string)lltp["Thời hạn giải quyết"]).ShouldBe("10 ngày làm việc; Trực tuyến: 8 ngày làm việc");
        ((string)lltp["Căn cứ pháp lý"]).ShouldContain("28/2009/QH12 – Luật Lý lịch tư pháp");
    }

    [Fact]
    public async Task The_staff_page_shows_each_faulty_row_in_a_table()
    {
        var file = new CatalogFile().WithField();
        file.Add(1, p => p["implementingUnit"] = "000.99.99.H40");
        using var client = await App.SignedInClientAsync(Editor);
        var parser = new HtmlParser();
        var page = await parser.ParseDocumentAsync(await client.GetStringAsync("/quan-ly/thu-tuc/nhap-xuat", Ct));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(file.ToJson(), Encoding.UTF8, "application/json"), "Upload", "danh-muc.json" },
        };

        using var response = await client.PostAsync("/quan-ly/thu-tuc/nhap-xuat", form, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var result = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct));
        result.QuerySelector("h1")!.TextContent.ShouldBe("Nhập, xuất danh mục thủ tục hành chính");
        var cells = result.QuerySelectorAll("table tbody tr").Single().Children.Select(c => c.TextContent.Trim()).ToList();
        cells.ShouldBe(["Thủ tục 1", file.Code(1), $"Dòng 1 (mã {file.Code(1)}): Không tìm thấy cơ quan thực hiện có mã 000.99.99.H40."]);
        result.QuerySelector("#Upload")!.GetAttribute("aria-describedby")!.ShouldContain("upload-error");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_the_staff_page()
    {
        using var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/quan-ly/thu-tuc/nhap-xuat", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/dang-nhap");
    }

    /// <summary>The app on a fresh database holding the organisation but no catalog: the target of a round trip.</summary>
    private sealed class EmptyCatalogApp(Func<Task<TestDatabase?>> database) : MotCuaApp(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.Remove(services.Single(s => s.ServiceType == typeof(IDemoDataSeeder) && s.ImplementationType == typeof(CatalogDemoData))));
        }
    }
}

public sealed class CatalogTransferTests_Sqlite(SqliteApp app) : CatalogTransferTests(app)
{
    protected override Func<Task<TestDatabase?>> FreshDatabase => () => Task.FromResult<TestDatabase?>(new SqliteTestDatabase());
}

public sealed class CatalogTransferTests_Postgres(PostgresApp app) : CatalogTransferTests(app)
{
    protected override Func<Task<TestDatabase?>> FreshDatabase => async () =>
        TestDatabase.PostgresServer is { } server ? await PostgresTestDatabase.CreateAsync(server) : null;
}
