using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Administration;

public abstract class AdministrationPagesTests(MotCuaApp app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("/quan-tri/don-vi")]
    [InlineData("/quan-tri/mot-cua/moi")]
    [InlineData("/quan-tri/can-bo")]
    public async Task Management_pages_send_visitors_to_sign_in(string path)
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/dang-nhap?ReturnUrl=" + Uri.EscapeDataString(path));
    }

    [Fact]
    public async Task The_organisation_page_tells_citizens_where_to_go_without_personal_data()
    {
        using var client = App.CreateClient();

        var html = await client.GetStringAsync("/co-quan", Ct);

        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelector("h1")!.TextContent.ShouldBe("Cơ quan và nơi tiếp nhận hồ sơ");
        html.ShouldContain("Trung tâm Phục vụ hành chính công tỉnh Lào Cai");
        document.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")).ShouldContain("tel:02143840888");
        html.ShouldNotContain("@motcua.demo");
        html.ShouldNotContain("Giàng Thị Mai");
    }

    [Fact]
    public async Task Searching_the_organisation_page_without_diacritics_keeps_the_match_and_its_parents()
    {
        using var client = App.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/co-quan?q=ta%20van", Ct));

        var text = document.QuerySelector("main")!.TextContent;
        text.ShouldContain("Bộ phận Một cửa xã Tả Van");
        text.ShouldContain("Ủy ban nhân dân thị xã Sa Pa");
        text.ShouldNotContain("Sở Tư pháp");
        document.QuerySelectorAll("details[open]").ShouldNotBeEmpty();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}

public sealed class AdministrationPagesTests_Sqlite(SqliteApp app) : AdministrationPagesTests(app);

public sealed class AdministrationPagesTests_Postgres(PostgresApp app) : AdministrationPagesTests(app);
