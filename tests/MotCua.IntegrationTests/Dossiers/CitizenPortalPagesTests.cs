using System.Net;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;
using static MotCua.IntegrationTests.Dossiers.OnlineCitizen;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>The portal pages through HTTP, as demo citizens signed in through the development identity provider.</summary>
public abstract class CitizenPortalPagesTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Mai = "001190123456";
    private const string Thu = "038092007777";

    private readonly OnlineCitizen _citizen = new(app);

    [Fact]
    public async Task My_pages_show_only_my_dossiers_and_someone_elses_dossier_or_file_is_not_found()
    {
        var name = UniqueName();
        var receipt = await _citizen.SubmittedAsync(Submission(name, Mai));
        using var mai = await App.CitizenClientAsync(Mai);
        using var thu = await App.CitizenClientAsync(Thu);

        (await mai.GetStringAsync("/cong-dan", Ct)).ShouldContain(receipt.Code);
        var detail = await mai.GetStringAsync($"/cong-dan/ho-so/{receipt.Code}", Ct);
        detail.ShouldContain("Nộp trực tuyến");
        detail.ShouldContain($"/cong-dan/ho-so/{receipt.Code}/tep/1");
        using (var file = await mai.GetAsync($"/cong-dan/ho-so/{receipt.Code}/tep/1", Ct))
        {
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await file.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(Pdf);
        }

        (await thu.GetStringAsync("/cong-dan", Ct)).ShouldNotContain(receipt.Code);
        using var page = await thu.GetAsync($"/cong-dan/ho-so/{receipt.Code}", Ct);
        using var download = await thu.GetAsync($"/cong-dan/ho-so/{receipt.Code}/tep/1", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mai.GetStringAsync("/cong-dan/nop-ho-so?q=ly+lich+tu+phap", Ct)).ShouldContain("/cong-dan/nop-ho-so?thu-tuc=1.001234");
        (await mai.GetStringAsync("/cong-dan/nop-ho-so?thu-tuc=1.001234", Ct)).ShouldContain("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp");
        using var notOnline = await mai.GetAsync("/cong-dan/nop-ho-so?thu-tuc=1.001245", Ct);
        notOnline.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mai.GetAsync("/cong-dan/kho-du-lieu", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class CitizenPortalPagesTests_Sqlite(SqliteApp app) : CitizenPortalPagesTests(app);

public sealed class CitizenPortalPagesTests_Postgres(PostgresApp app) : CitizenPortalPagesTests(app);
