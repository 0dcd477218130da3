using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Dossiers.Pages;

/// <summary>Forms 02, 03 and 04 are filled on pages with structured reasons and print what was decided.</summary>
public abstract class ReasonsAndApologyPagesTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Desk = "motcua.tinh@motcua.demo";

    [Fact]
    public async Task A_supplement_request_ties_each_reason_to_a_component_and_prints_form_02()
    {
        var code = await DeskPageClient.ReceiveAsync(App, Unique("Bổ Sung"), accept: false);
        var desk = await DeskPageClient.SignInAsync(App, Desk);
        var path = $"/mot-cua/ho-so/{code}/yeu-cau-bo-sung";

        var (response, _) = await desk.PostFormAsync(path,
        [
            new("Rows[0].Component", "3"),
            new("Rows[0].Reason", "Mang bản sao giấy xác nhận thông tin cư trú do Công an phường cấp."),
            new("Rows[1].Component", ""),
            new("Rows[1].Reason", ""),
            new("Contact", "Chị Lò Thị Xuân, 0214 3840 888"),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/mot-cua/ho-so/{code}/mau-02");
        var form = (await desk.FollowAsync(response)).QuerySelector("main")!.TextContent;
        form.ShouldContain("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
        form.ShouldContain("3. Giấy tờ chứng minh nơi cư trú:");
        form.ShouldContain("Mang bản sao giấy xác nhận thông tin cư trú do Công an phường cấp.");
        form.ShouldContain("Chị Lò Thị Xuân, 0214 3840 888");
        form.ShouldContain("Số định danh cá nhân: 001190012345");
        (await StateAsync(code)).ShouldBe(DossierState.AwaitingSupplementAtIntake);
    }

    [Fact]
    public async Task A_reason_without_its_component_is_refused_next_to_the_choice_and_nothing_changes()
    {
        var code = await DeskPageClient.ReceiveAsync(App, Unique("Thiếu Thành Phần"), accept: false);
        var desk = await DeskPageClient.SignInAsync(App, Desk);

        var (response, page) = await desk.PostFormAsync($"/mot-cua/ho-so/{code}/tu-choi",
            [new("Rows[0].Component", ""), new("Rows[0].Reason", "Thủ tục không thuộc thẩm quyền của Sở Tư pháp.")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var select = page.QuerySelector("#Rows_0__Component")!;
        select.GetAttribute("aria-describedby").ShouldBe("loi-Rows-0-Component");
        page.QuerySelector("#loi-Rows-0-Component")!.TextContent.ShouldContain("Chọn thành phần hồ sơ");
        page.QuerySelector("#Rows_0__Reason")!.TextContent.ShouldBe("Thủ tục không thuộc thẩm quyền của Sở Tư pháp.");
        (await StateAsync(code)).ShouldBe(DossierState.Submitted);
    }

    [Fact]
    public async Task A_refusal_prints_form_03_with_its_reasons()
    {
        var code = await DeskPageClient.ReceiveAsync(App, Unique("Từ Chối"), accept: false);
        var desk = await DeskPageClient.SignInAsync(App, Desk);

        var (response, _) = await desk.PostFormAsync($"/mot-cua/ho-so/{code}/tu-choi",
            [new("Rows[0].Component", "0"), new("Rows[0].Reason", "Người yêu cầu cấp Phiếu số 2 phải trực tiếp làm thủ tục, không được ủy quyền.")]);

        response.Headers.Location!.ToString().ShouldBe($"/mot-cua/ho-so/{code}/mau-03");
        var form = (await desk.FollowAsync(response)).QuerySelector("main")!.TextContent;
        form.ShouldContain("Phiếu từ chối tiếp nhận giải quyết hồ sơ");
        form.ShouldContain("không được ủy quyền");
        (await StateAsync(code)).ShouldBe(DossierState.Refused);
    }

    [Fact]
    public async Task The_director_sets_a_new_date_once_and_form_04_prints_it()
    {
        var code = await DeskPageClient.ReceiveAsync(App, Unique("Xin Lỗi"));
        var director = await DeskPageClient.SignInAsync(App, "giamdoc.tuphap@motcua.demo");
        var path = $"/mot-cua/ho-so/{code}/xin-loi";

        var (early, earlyPage) = await director.PostFormAsync(path, [new("NewDate", "2026-03-10"), new("Reason", "Chờ kết quả xác minh của Công an tỉnh.")]);
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        earlyPage.QuerySelector("#loi-newDate")!.TextContent.ShouldContain("sau ngày hẹn trả theo quy định");

        var (response, _) = await director.PostFormAsync(path, [new("NewDate", "2026-03-20"), new("Reason", "Chờ kết quả xác minh của Công an tỉnh.")]);
        response.Headers.Location!.ToString().ShouldBe($"/mot-cua/ho-so/{code}/mau-04");
        var form = (await director.FollowAsync(response)).QuerySelector("main")!.TextContent;
        form.ShouldContain("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
        form.ShouldContain("Thời gian hẹn trả kết quả mới: 17 giờ 00 phút, ngày 20/03/2026");
        form.ShouldContain("Lý do: Chờ kết quả xác minh của Công an tỉnh.");

        var (again, againPage) = await director.PostFormAsync(path, [new("NewDate", "2026-03-25"), new("Reason", "Lần hai.")]);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        againPage.QuerySelector("#tom-tat-loi, #xung-dot")!.TextContent.ShouldContain("chỉ cho phép hẹn lại một lần");
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";

    private async Task<DossierState> StateAsync(string code)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        return await db.Set<Dossier>().Where(d => d.Code == code).Select(d => d.State).SingleAsync(DeskPageClient.Ct);
    }
}

public sealed class ReasonsAndApologyPagesTests_Sqlite(SqliteApp app) : ReasonsAndApologyPagesTests(app);

public sealed class ReasonsAndApologyPagesTests_Postgres(PostgresApp app) : ReasonsAndApologyPagesTests(app);
