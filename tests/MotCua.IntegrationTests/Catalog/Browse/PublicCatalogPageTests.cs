using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Catalog.Browse;

public abstract class PublicCatalogPageTests(MotCuaApp app) : IntegrationTest(app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_search_page_finds_procedures_from_a_plain_get_form_without_diacritics()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var code = await catalog.PublishAsync(await catalog.ContentAsync("Cấp Phiếu lý lịch tư pháp"));

        var (status, page) = await GetPageAsync($"/thu-tuc?q=ly+lich+tu+phap+{catalog.Token}");

        status.ShouldBe(HttpStatusCode.OK);
        var form = page.QuerySelector<IHtmlFormElement>("form[role=search]")!;
        form.Method.ShouldBe("get");
        page.QuerySelector<IHtmlInputElement>("#q")!.Value.ShouldBe($"ly lich tu phap {catalog.Token}");
        page.QuerySelectorAll("label[for=agency], label[for=field], label[for=level], label[for=online]").Length.ShouldBe(4);
        page.QuerySelectorAll("#agency option").Select(o => o.GetAttribute("value")).ShouldContain(PublishedCatalog.JusticeDepartment);
        var row = page.QuerySelector("table tbody tr")!;
        row.TextContent.ShouldContain(code);
        row.TextContent.ShouldContain("Phòng Hành chính tư pháp");
        row.TextContent.ShouldContain("200.000 đồng");
        row.TextContent.ShouldContain("10 ngày làm việc");
        row.TextContent.ShouldContain("Trực tuyến toàn trình");
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/thu-tuc/{code}");
    }

    [Fact]
    public async Task The_search_page_says_so_when_nothing_matches_and_links_to_the_next_page_when_there_is_one()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        for (var i = 0; i < 3; i++)
        {
            await catalog.PublishAsync(await catalog.ContentAsync($"Thủ tục số {i}"));
        }

        var (_, empty) = await GetPageAsync($"/thu-tuc?q=khong+ton+tai+{catalog.Token}");
        empty.QuerySelector("[role=status]")!.TextContent.ShouldContain("Không tìm thấy thủ tục nào phù hợp");

        var (_, first) = await GetPageAsync($"/thu-tuc?q={catalog.Token}&limit=2");
        first.QuerySelectorAll("table tbody tr").Length.ShouldBe(2);
        var next = first.QuerySelector("a[rel=next]")!;
        next.TextContent.ShouldBe("Trang sau");
        var (_, second) = await GetPageAsync(next.GetAttribute("href")!);
        second.QuerySelectorAll("table tbody tr").Length.ShouldBe(1);
        second.QuerySelector("a[rel=next]").ShouldBeNull();
    }

    [Fact]
    public async Task The_search_page_speaks_english_when_asked()
    {
        var (_, page) = await GetPageAsync("/thu-tuc?culture=en-US");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Find an administrative procedure");
        page.QuerySelector("label[for=q]")!.TextContent.ShouldBe("Procedure name or code");
    }

    [Fact]
    public async Task A_bad_filter_on_the_search_page_is_shown_next_to_its_field()
    {
        var (status, page) = await GetPageAsync("/thu-tuc?agency=999.99.99.H99");

        status.ShouldBe(HttpStatusCode.BadRequest);
        var select = page.QuerySelector("#agency")!;
        select.ClassList.ShouldContain("is-invalid");
        page.QuerySelector("#" + select.GetAttribute("aria-describedby"))!.TextContent.ShouldContain("999.99.99.H99");
    }

    [Fact]
    public async Task The_detail_page_is_laid_out_like_part_two_of_a_publication_decision()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var code = await catalog.PublishAsync(await catalog.ContentAsync("Cấp Phiếu lý lịch tư pháp", formKey: await catalog.FormKeyAsync()));

        var (status, page) = await GetPageAsync($"/thu-tuc/{code}");

        status.ShouldBe(HttpStatusCode.OK);
        page.Title.ShouldStartWith($"Cấp Phiếu lý lịch tư pháp {catalog.Token}");
        page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ShouldBe(
        [
            "a) Trình tự thực hiện", "b) Cách thức thực hiện", "c) Thành phần, số lượng hồ sơ", "d) Thời hạn giải quyết",
            "đ) Đối tượng thực hiện thủ tục hành chính", "e) Cơ quan thực hiện thủ tục hành chính",
            "g) Kết quả thực hiện thủ tục hành chính", "h) Phí, lệ phí", "i) Tên mẫu đơn, mẫu tờ khai",
            "k) Yêu cầu, điều kiện thực hiện thủ tục hành chính", "l) Căn cứ pháp lý của thủ tục hành chính",
        ]);
        var header = page.QuerySelector("article header")!.TextContent;
        header.ShouldContain(code);
        header.ShouldContain("Phiên bản 1 — hiệu lực từ");
        header.ShouldContain("theo Quyết định số 101/QĐ-UBND");
        var components = page.QuerySelectorAll("section[aria-labelledby=s-c] tbody tr");
        components.Length.ShouldBe(2);
        components[0].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/thu-tuc/{code}/mau/1");
        components[1].TextContent.ShouldContain("người yêu cầu không có tài khoản định danh điện tử");
        page.QuerySelector("section[aria-labelledby=s-h]")!.TextContent.ShouldContain("200.000 đồng");
        page.QuerySelector("section[aria-labelledby=s-l]")!.TextContent.ShouldContain("Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/06/2009");
        page.QuerySelector("header.site-header")!.ClassList.ShouldContain("d-print-none");
    }

    [Fact]
    public async Task The_detail_page_answers_404_in_vietnamese_for_a_day_without_a_version()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var code = await catalog.PublishAsync(await catalog.ContentAsync("Cấp Phiếu lý lịch tư pháp"), PublishedCatalog.Today.AddDays(3));

        var (status, page) = await GetPageAsync($"/thu-tuc/{code}");

        status.ShouldBe(HttpStatusCode.NotFound);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("chưa có hiệu lực");
        var (malformed, badDay) = await GetPageAsync($"/thu-tuc/{code}?at=ngay-mai");
        malformed.ShouldBe(HttpStatusCode.BadRequest);
        badDay.QuerySelector("[role=alert]")!.TextContent.ShouldContain("YYYY-MM-DD");
        var (later, _) = await GetPageAsync($"/thu-tuc/{code}?at={PublishedCatalog.Today.AddDays(3):yyyy-MM-dd}");
        later.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_form_downloads_with_its_type_and_name_and_missing_forms_are_404()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var code = await catalog.PublishAsync(await catalog.ContentAsync("Cấp Phiếu lý lịch tư pháp", formKey: await catalog.FormKeyAsync()));
        using var client = App.CreateClient();

        using var response = await client.GetAsync($"/thu-tuc/{code}/mau/1", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("to-khai-lltp.docx");
        Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Cancel)).ShouldBe(PublishedCatalog.FormBytes);
        (await client.GetAsync($"/thu-tuc/{code}/mau/2", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/thu-tuc/{code}/mau/3", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/thu-tuc/{code}/mau/0", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/thu-tuc/9.000000/mau/1", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_publicity_list_shows_the_units_procedures_grouped_by_field_in_the_decision_columns()
    {
        var catalog = new PublishedCatalog(App);
        await catalog.AddFieldAsync();
        var office = await catalog.PublishAsync(await catalog.ContentAsync("Thủ tục của phòng", PublishedCatalog.JusticeOffice));
        var transport = await catalog.PublishAsync(await catalog.ContentAsync("Thủ tục giao thông", PublishedCatalog.TransportDepartment));

        var (status, page) = await GetPageAsync($"/thu-tuc/cong-khai/{PublishedCatalog.JusticeDepartment}");

        status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ShouldBe(
            ["TT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết", "Phí, lệ phí", "Cách thức thực hiện"]);
        var group = page.QuerySelectorAll("tbody").Single(b => b.TextContent.Contains(catalog.Token, StringComparison.Ordinal));
        group.QuerySelector("th[scope=colgroup]")!.TextContent.ShouldContain($"Lĩnh vực Lý lịch tư pháp {catalog.Token}");
        group.TextContent.ShouldContain(office);
        group.TextContent.ShouldNotContain(transport);
        page.Body!.TextContent.ShouldContain("Sở Tư pháp");
        var (missing, _) = await GetPageAsync("/thu-tuc/cong-khai/999.99.99.H99");
        missing.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/_content/MotCua.Catalog/browse.css")]
    [InlineData("/_content/MotCua.Catalog/publicity-print.css")]
    public async Task The_catalog_stylesheets_are_served(string url)
    {
        using var client = App.CreateClient();
        using var response = await client.GetAsync(url, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
    }

    private async Task<(HttpStatusCode Status, IHtmlDocument Page)> GetPageAsync(string url)
    {
        using var client = App.CreateClient();
        using var response = await client.GetAsync(url, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, await new HtmlParser().ParseDocumentAsync(html, Cancel));
    }
}

public sealed class PublicCatalogPageTests_Sqlite(SqliteApp app) : PublicCatalogPageTests(app);

public sealed class PublicCatalogPageTests_Postgres(PostgresApp app) : PublicCatalogPageTests(app);
