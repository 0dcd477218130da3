using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MotCua.Catalog.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Catalog.Browse;

public abstract class PublicCatalogApiTests(MotCuaApp app) : IntegrationTest(app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ly lich tu phap", false)]
    [InlineData("LÝ LỊCH TƯ PHÁP", false)]
    [InlineData("lý lịch tư pháp", true)]
    [InlineData("tu phap   Phieu ly", false)]
    public async Task Search_ignores_case_and_diacritics_and_accepts_nfc_or_nfd_words_in_any_order(string words, bool decomposed)
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var code = await catalog.PublishAsync(await catalog.ContentAsync("Cấp Phiếu lý lịch tư pháp"));
        var q = $"{words} {catalog.Token}";
        q = q.Normalize(decomposed ? NormalizationForm.FormD : NormalizationForm.FormC);

        var codes = await SearchCodesAsync("q=" + Uri.EscapeDataString(q));

        codes.ShouldBe([code]);
    }

    [Fact]
    public async Task Every_word_of_the_search_must_match()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        await catalog.PublishAsync(await catalog.ContentAsync("Cấp Phiếu lý lịch tư pháp"));

        (await SearchCodesAsync($"q=ly+lich+dang+ky+{catalog.Token}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_agency_filter_takes_the_unit_and_the_units_under_it()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var office = await catalog.PublishAsync(await catalog.ContentAsync("Thủ tục của phòng", PublishedCatalog.JusticeOffice));
        var department = await catalog.PublishAsync(await catalog.ContentAsync("Thủ tục của sở", PublishedCatalog.JusticeDepartment));
        var transport = await catalog.PublishAsync(await catalog.ContentAsync("Thủ tục giao thông", PublishedCatalog.TransportDepartment));

        (await SearchCodesAsync($"q={catalog.Token}&agency={PublishedCatalog.JusticeDepartment}")).ShouldBe([department, office], ignoreOrder: true);
        (await SearchCodesAsync($"q={catalog.Token}&agency={PublishedCatalog.JusticeOffice}")).ShouldBe([office]);
        (await SearchCodesAsync($"q={catalog.Token}&agency={PublishedCatalog.TransportDepartment}")).ShouldBe([transport]);
    }

    [Fact]
    public async Task Field_level_and_online_filters_each_narrow_the_results()
    {
        var catalog = new PublishedCatalog(App);
        var field = await catalog.AddFieldAsync();
        var province = await catalog.PublishAsync(await catalog.ContentAsync("Cấp tỉnh toàn trình", levels: CompetenceLevels.Province, online: OnlineServiceLevel.Full));
        var district = await catalog.PublishAsync(await catalog.ContentAsync("Cấp huyện xã một phần", levels: CompetenceLevels.District | CompetenceLevels.Commune, online: OnlineServiceLevel.Partial));
        var other = new PublishedCatalog(App);
        await other.AddFieldAsync("Hộ tịch");
        var elsewhere = await other.PublishAsync((await other.ContentAsync("Khác lĩnh vực")) with { Name = $"Khác lĩnh vực {catalog.Token}" });

        (await SearchCodesAsync($"q={catalog.Token}")).ShouldBe([province, district, elsewhere], ignoreOrder: true);
        (await SearchCodesAsync($"q={catalog.Token}&field={field}")).ShouldBe([province, district], ignoreOrder: true);
        (await SearchCodesAsync($"q={catalog.Token}&field={field}&level=Commune")).ShouldBe([district]);
        (await SearchCodesAsync($"q={catalog.Token}&field={field}&level=province")).ShouldBe([province]);
        (await SearchCodesAsync($"q={catalog.Token}&field={field}&online=Partial")).ShouldBe([district]);
        (await SearchCodesAsync($"q={catalog.Token}&field={field}&online=None")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Paging_returns_every_procedure_exactly_once_in_name_order()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var published = new List<string>();
        // One name longer than a cursor could carry: paging must not depend on the name's length.
        var longName = "Cấp giấy chứng nhận " + string.Concat(Enumerable.Repeat("đủ điều kiện hoạt động dịch vụ ", 14));
        foreach (var name in new[] { "Đăng ký", "Cấp lại", longName.Trim(), "Cấp mới", "Gia hạn", "Xóa đăng ký" })
        {
            published.Add(await catalog.PublishAsync(await catalog.ContentAsync(name)));
        }

        var seen = new List<string>();
        var names = new List<string>();
        string? after = null;
        do
        {
            var page = await Client().GetFromJsonAsync<JsonElement>($"/api/v1/procedures?q={catalog.Token}&limit=2" + (after is null ? "" : "&after=" + after), Cancel);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            items.Count.ShouldBeLessThanOrEqualTo(2);
            seen.AddRange(items.Select(i => i.GetProperty("code").GetString()!));
            names.AddRange(items.Select(i => i.GetProperty("name").GetString()!));
            after = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (after is not null);

        seen.ShouldBe(published, ignoreOrder: true);
        seen.ShouldBeUnique();
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task A_day_before_a_new_version_takes_effect_shows_the_old_one_and_after_it_the_new_one()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var content = await catalog.ContentAsync("Cấp Phiếu lý lịch tư pháp");
        var code = await catalog.PublishAsync(content);
        var takesEffect = PublishedCatalog.Today.AddDays(30);
        await catalog.ChangeAsync(code, procedure =>
        {
            PublishedCatalog.Unwrap(procedure.SaveDraft(content with { Name = content.Name + " (sửa đổi)" }, PublishedCatalog.Now));
            PublishedCatalog.Unwrap(procedure.Publish(PublishedCatalog.Decision(takesEffect, "202/QĐ-UBND"), PublishedCatalog.Now));
        });

        var today = await Client().GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Cancel);
        var dayBefore = await Client().GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}?at={takesEffect.AddDays(-1):yyyy-MM-dd}", Cancel);
        var onTheDay = await Client().GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}?at={takesEffect:yyyy-MM-dd}", Cancel);

        today.GetProperty("version").GetInt32().ShouldBe(1);
        dayBefore.GetProperty("version").GetInt32().ShouldBe(1);
        dayBefore.GetProperty("effectiveTo").GetString().ShouldBe($"{takesEffect.AddDays(-1):yyyy-MM-dd}");
        onTheDay.GetProperty("version").GetInt32().ShouldBe(2);
        onTheDay.GetProperty("name").GetString()!.ShouldEndWith("(sửa đổi)");
        onTheDay.GetProperty("decision").GetProperty("number").GetString().ShouldBe("202/QĐ-UBND");
        (await SearchCodesAsync($"q=sua+doi+{catalog.Token}")).ShouldBeEmpty();
        (await SearchCodesAsync($"q=sua+doi+{catalog.Token}&at={takesEffect:yyyy-MM-dd}")).ShouldBe([code]);
    }

    [Fact]
    public async Task A_procedure_is_not_found_on_a_day_before_its_publication_took_effect_or_after_its_abolition()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var publishedOn = PublishedCatalog.Today.AddDays(-10);
        var code = await catalog.PublishAsync(await catalog.ContentAsync("Thủ tục sẽ bị bãi bỏ"), publishedOn);
        var abolishedOn = PublishedCatalog.Today.AddDays(20);
        await catalog.ChangeAsync(code, p => PublishedCatalog.Unwrap(p.Retire(PublishedCatalog.Decision(abolishedOn, "303/QĐ-UBND"))));

        (await Client().GetAsync($"/api/v1/procedures/{code}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeNotFoundAsync($"/api/v1/procedures/{code}?at={publishedOn.AddDays(-1):yyyy-MM-dd}", "chưa có hiệu lực");
        await ShouldBeNotFoundAsync($"/api/v1/procedures/{code}?at={abolishedOn:yyyy-MM-dd}", "bãi bỏ");
        (await SearchCodesAsync($"q={catalog.Token}&at={abolishedOn:yyyy-MM-dd}")).ShouldBeEmpty();
        (await SearchCodesAsync($"q={catalog.Token}&at={abolishedOn.AddDays(-1):yyyy-MM-dd}")).ShouldBe([code]);
    }

    [Fact]
    public async Task Drafts_are_never_visible_to_the_public()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var draft = await catalog.DraftAsync(await catalog.ContentAsync("Dự thảo chưa công bố"));
        var content = await catalog.ContentAsync("Đã công bố");
        var published = await catalog.PublishAsync(content);
        await catalog.ChangeAsync(published, p => PublishedCatalog.Unwrap(p.SaveDraft(content with { Name = $"Bản nháp sửa đổi {catalog.Token}" }, PublishedCatalog.Now)));

        (await SearchCodesAsync($"q={catalog.Token}")).ShouldBe([published]);
        (await SearchCodesAsync($"q=ban+nhap+{catalog.Token}&at=2099-01-01")).ShouldBeEmpty();
        await ShouldBeNotFoundAsync($"/api/v1/procedures/{draft}", "chưa có hiệu lực");
        var detail = await Client().GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{published}?at=2099-01-01", Cancel);
        detail.GetProperty("name").GetString()!.ShouldStartWith("Đã công bố");
        detail.GetProperty("versions").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task The_detail_carries_the_whole_published_content()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var code = await catalog.PublishAsync(await catalog.ContentAsync("Cấp Phiếu lý lịch tư pháp", formKey: await catalog.FormKeyAsync()));

        var detail = await Client().GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Cancel);

        detail.GetProperty("code").GetString().ShouldBe(code);
        detail.GetProperty("decision").GetProperty("number").GetString().ShouldBe("101/QĐ-UBND");
        detail.GetProperty("decision").GetProperty("signer").GetString().ShouldBe("Phó Chủ tịch UBND tỉnh");
        detail.GetProperty("field").GetProperty("code").GetString().ShouldBe(catalog.FieldCode);
        detail.GetProperty("implementingUnit").GetProperty("code").GetString().ShouldBe(PublishedCatalog.JusticeOffice);
        detail.GetProperty("implementingUnit").GetProperty("name").GetString().ShouldBe("Phòng Hành chính tư pháp");
        detail.GetProperty("fees")[0].GetProperty("amountDong").GetInt64().ShouldBe(200_000);
        detail.GetProperty("processingTimes")[0].GetProperty("unit").GetString().ShouldBe("WorkingDays");
        detail.GetProperty("onlineLevel").GetString().ShouldBe("Full");
        detail.GetProperty("legalBases")[0].GetProperty("number").GetString().ShouldBe("28/2009/QH12");
        var components = detail.GetProperty("components");
        components.GetArrayLength().ShouldBe(2);
        components[0].GetProperty("formUrl").GetString().ShouldBe($"/thu-tuc/{code}/mau/1");
        components[1].GetProperty("requirement").GetString().ShouldBe("Conditional");
        components[1].TryGetProperty("formUrl", out var none).ShouldBeTrue();
        none.ValueKind.ShouldBe(JsonValueKind.Null);
        detail.GetRawText().ShouldNotContain("catalog-forms");
    }

    [Fact]
    public async Task Fields_are_listed_with_the_number_of_procedures_in_force()
    {
        var catalog = new PublishedCatalog(App);
        var field = await catalog.AddFieldAsync();
        await catalog.PublishAsync(await catalog.ContentAsync("Một"));
        await catalog.PublishAsync(await catalog.ContentAsync("Hai"));
        await catalog.PublishAsync(await catalog.ContentAsync("Chưa hiệu lực"), PublishedCatalog.Today.AddDays(5));

        var fields = await Client().GetFromJsonAsync<JsonElement>("/api/v1/procedure-fields", Cancel);

        var mine = fields.EnumerateArray().Single(f => f.GetProperty("code").GetString() == field);
        mine.GetProperty("procedureCount").GetInt32().ShouldBe(2);
    }

    [Theory]
    [InlineData("/api/v1/procedures?agency=999.99.99.H99", "agency")]
    [InlineData("/api/v1/procedures?field=KHONG-CO", "field")]
    [InlineData("/api/v1/procedures?level=Country", "level")]
    [InlineData("/api/v1/procedures?level=1", "level")]
    [InlineData("/api/v1/procedures?online=Maybe", "online")]
    [InlineData("/api/v1/procedures?at=2026-13-01", "at")]
    [InlineData("/api/v1/procedures?at=02/03/2026", "at")]
    [InlineData("/api/v1/procedures?after=%25%25%25", "after")]
    [InlineData("/api/v1/procedures?after=YWJj", "after")]
    [InlineData("/api/v1/procedures?after=OS4wMDAwMDA", "after")]
    [InlineData("/api/v1/procedures?limit=0", "limit")]
    [InlineData("/api/v1/procedures?limit=101", "limit")]
    [InlineData("/api/v1/procedures?limit=abc", "limit")]
    [InlineData("/api/v1/procedures?foo=1", "foo")]
    [InlineData("/api/v1/procedures/1.004082?at=hom-nay", "at")]
    [InlineData("/api/v1/procedures/1.004082?version=2", "version")]
    [InlineData("/api/v1/procedure-fields?at=2026-02-30", "at")]
    public async Task Unknown_or_malformed_parameters_are_refused_with_a_vietnamese_problem_naming_them(string url, string parameter)
    {
        using var response = await Client().GetAsync(url, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("title").GetString().ShouldBe("Dữ liệu không hợp lệ");
        var messages = problem.GetProperty("errors").GetProperty(parameter);
        messages[0].GetString()!.ShouldNotBeNullOrWhiteSpace();
        messages[0].GetString()!.ShouldMatch("[àáảãạăâđèéêìíòóôơùúưỳýộệếốớờởừữựạầấậắằẳặ]");
    }

    [Fact]
    public async Task Several_bad_parameters_are_all_reported_at_once()
    {
        var problem = await (await Client().GetAsync("/api/v1/procedures?level=x&online=y&limit=0", Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["level", "online", "limit"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_catalog_api_is_described_in_the_openapi_document()
    {
        var document = await Client().GetStringAsync("/openapi/v1.json", Cancel);

        document.ShouldContain("\"operationId\": \"SearchProcedures\"");
        document.ShouldContain("\"operationId\": \"GetProcedure\"");
        document.ShouldContain("\"operationId\": \"ListProcedureFields\"");
        document.ShouldContain("ProcedureDetail");
        document.ShouldContain("\"name\": \"agency\"");
    }

    private HttpClient Client()
    {
        var client = App.CreateClient();
        return client;
    }

    private async Task<List<string>> SearchCodesAsync(string query)
    {
        using var client = Client();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/procedures?limit=100&" + query, Cancel);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();
    }

    private async Task ShouldBeNotFoundAsync(string url, string messagePart)
    {
        using var client = Client();
        using var response = await client.GetAsync(url, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("detail").GetString()!.ShouldContain(messagePart);
    }
}

public sealed class PublicCatalogApiTests_Sqlite(SqliteApp app) : PublicCatalogApiTests(app);

public sealed class PublicCatalogApiTests_Postgres(PostgresApp app) : PublicCatalogApiTests(app);
