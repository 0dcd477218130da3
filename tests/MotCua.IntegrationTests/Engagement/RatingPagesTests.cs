using System.Net;
using AngleSharp.Html.Parser;
using MotCua.Engagement.Features.Satisfaction;
using MotCua.IntegrationTests.Dossiers.Pages;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Engagement;

/// <summary>The pages without scripts: the counter tablet, the SMS link page, the leader's list and the summary.</summary>
public abstract class RatingPagesTests(MotCuaApp app) : IntegrationTest(app)
{
    private readonly RatingDesk _ratings = new(app);

    private static MultipartFormDataContent Answer(string overall, string attitude, params (string Name, string Value)[] more)
    {
        var form = new MultipartFormDataContent { { new StringContent(overall), "Overall" }, { new StringContent(attitude), "Attitude" } };
        foreach (var (name, value) in more)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    [Fact]
    public async Task The_kiosk_refuses_wrong_digits_on_the_page_then_takes_the_rating_and_clears_itself()
    {
        var code = await _ratings.ReturnedDossierAsync();
        var kiosk = await DeskPageClient.SignInAsync(App, Desk);
        const string Path = "/mot-cua/kiosk/danh-gia";

        using var wrongForm = Answer("Dissatisfied", "Proper", ("Code", code), ("Verifier", "0000"));
        var (wrong, wrongPage) = await kiosk.PostAsync(Path, wrongForm, Path);
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        wrongPage.QuerySelector("#tu-choi")!.TextContent.ShouldContain("Không tìm thấy hồ sơ");
        (await _ratings.RatingAsync(code)).ShouldBeNull();

        using var rightForm = Answer("Dissatisfied", "Proper", ("Code", code.ToLowerInvariant()), ("Verifier", "5678"), ("Comment", "Chờ lâu"));
        var (right, _) = await kiosk.PostAsync(Path, rightForm, Path);
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var next = await kiosk.FollowAsync(right);
        next.QuerySelector("#cam-on").ShouldNotBeNull();
        next.QuerySelector("input[name=Code]")!.GetAttribute("value").ShouldBeNullOrEmpty();
        next.QuerySelectorAll("input[name=Overall][checked]").ShouldBeEmpty();
        (await _ratings.RatingAsync(code)).ShouldNotBeNull().Comment.ShouldBe("Chờ lâu");
    }

    [Fact]
    public async Task The_link_page_rates_shows_the_units_answer_and_refuses_a_forged_link()
    {
        var code = await _ratings.ReturnedDossierAsync();
        var token = _ratings.Service<RatingLinks>().Issue(code, App.Clock.GetUtcNow().AddDays(3));
        using var browser = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var citizen = new DeskPageClient(browser);

        using var forged = await browser.GetAsync("/danh-gia/" + token[..^2] + "xx", Ct);
        forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await new HtmlParser().ParseDocumentAsync(await forged.Content.ReadAsStringAsync(Ct))).QuerySelector("#tu-choi").ShouldNotBeNull();

        using var form = Answer("Satisfied", "Harassing");
        var (posted, _) = await citizen.PostAsync("/danh-gia/" + token, form, "/danh-gia/" + token);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _ratings.RatingAsync(code)).ShouldNotBeNull().Attitude.ShouldBe(OfficialsAttitude.Harassing);

        var leader = await DeskPageClient.SignInAsync(App, Leader);
        var list = await leader.GetAsync("/xu-ly/danh-gia-can-xu-ly");
        var card = list.QuerySelectorAll("article").Single(a => a.TextContent.Contains(code, StringComparison.Ordinal));
        var id = card.QuerySelector("input[name=ReviewId]")!.GetAttribute("value")!;
        using var answer = new MultipartFormDataContent
        {
            { new StringContent(id), "ReviewId" },
            { new StringContent("Công chức yêu cầu thêm giấy tờ ngoài quy định."), "Findings" },
            { new StringContent("Đã kiểm điểm công chức, xin lỗi công dân."), "ActionTaken" },
        };
        var (answered, _) = await leader.PostAsync("/xu-ly/danh-gia-can-xu-ly", answer, "/xu-ly/danh-gia-can-xu-ly");
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await leader.GetAsync("/xu-ly/danh-gia-can-xu-ly")).QuerySelectorAll("article").ShouldNotContain(a => a.TextContent.Contains(code, StringComparison.Ordinal));

        var seen = await citizen.GetAsync("/danh-gia/" + token);
        seen.Body!.TextContent.ShouldContain("Đã kiểm điểm công chức, xin lỗi công dân.");
    }

    [Fact]
    public async Task The_summary_page_shows_the_unit_in_a_table_and_refuses_a_reversed_period()
    {
        var code = await _ratings.ReturnedDossierAsync();
        await _ratings.RatedAtKioskAsync(code, "VerySatisfied", "Attentive");
        var leader = await DeskPageClient.SignInAsync(App, Leader);

        var page = await leader.GetAsync("/bao-cao/hai-long");
        page.QuerySelectorAll("tbody th[scope=row]").Select(t => t.TextContent.Trim()).ShouldContain("Sở Tư pháp");

        var reversed = await leader.GetAsync("/bao-cao/hai-long?tu-ngay=2026-03-10&den-ngay=2026-03-01");
        reversed.QuerySelector("#loi-den-ngay").ShouldNotBeNull();
    }
}

[Collection(RatingsInSequence.Name)]
public sealed class RatingPagesTests_Sqlite(SqliteApp app) : RatingPagesTests(app);

[Collection(RatingsInSequence.Name)]
public sealed class RatingPagesTests_Postgres(PostgresApp app) : RatingPagesTests(app);
