using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using MotCua.Dossiers.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Dossiers.Pages;

/// <summary>The desk pages refuse bad input next to the field at fault, save nothing, and keep to the user's scope.</summary>
public abstract class DeskPagesTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Desk = "motcua.tinh@motcua.demo";
    private const string IntakePath = "/mot-cua/tiep-nhan?thu-tuc=" + DeskPageClient.Procedure;

    [Fact]
    public async Task Accepting_without_a_required_component_says_which_one_and_saves_nothing()
    {
        var name = Unique("Thiếu Giấy Tờ");
        var client = await DeskPageClient.SignInAsync(App, Desk);

        var (response, page) = await client.PostAsync(IntakePath + "&handler=Accept", DeskPageClient.Intake(name, "001190012345", requiredComponents: false), IntakePath);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#tom-tat-loi")!.TextContent.ShouldContain("Thiếu thành phần hồ sơ bắt buộc: Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp.");
        page.QuerySelector("#loi-Form-Components")!.TextContent.ShouldContain("Căn cước công dân hoặc Căn cước");
        ((IHtmlInputElement)page.QuerySelector("input[name='Form.Name']")!).Value.ShouldBe(name);
        (await CountAsync(name)).ShouldBe(0);
    }

    [Fact]
    public async Task An_invalid_id_number_is_explained_next_to_its_field_and_nothing_is_saved()
    {
        var name = Unique("Sai Định Danh");
        var client = await DeskPageClient.SignInAsync(App, Desk);

        var (_, page) = await client.PostAsync(IntakePath + "&handler=Accept", DeskPageClient.Intake(name, "001990012345"), IntakePath);

        var input = (IHtmlInputElement)page.QuerySelector("input[name='Form.Identifier']")!;
        input.ClassList.ShouldContain("is-invalid");
        input.GetAttribute("aria-invalid").ShouldBe("true");
        var describedBy = input.GetAttribute("aria-describedby")!.Split(' ');
        describedBy.ShouldContain("loi-Form-Identifier");
        page.QuerySelector("#loi-Form-Identifier")!.TextContent.ShouldContain("sau năm hiện tại");
        input.Value.ShouldBe("001990012345");
        (await CountAsync(name)).ShouldBe(0);
    }

    [Theory]
    [InlineData("to-khai.pdf", "application/pdf", "MZ executable", "Chỉ chấp nhận tệp PDF, JPEG, PNG hoặc DOCX.")]
    [InlineData("to-khai.pdf", "application/pdf", null, "Tệp vượt quá dung lượng cho phép (20 MB).")]
    public async Task A_scan_of_the_wrong_type_or_too_large_is_refused_next_to_its_field_and_nothing_is_saved(string fileName, string contentType, string? content, string message)
    {
        var name = Unique("Tệp Sai");
        var client = await DeskPageClient.SignInAsync(App, Desk);
        using var form = DeskPageClient.Intake(name, "001190012345");
        var bytes = content is null ? LargePdf() : System.Text.Encoding.ASCII.GetBytes(content);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "scan-1", fileName);

        var (_, page) = await client.PostAsync(IntakePath + "&handler=Accept", form, IntakePath);

        var input = page.QuerySelector("#scan-1")!;
        input.GetAttribute("aria-describedby")!.ShouldContain("loi-Form-Components-0-Scan");
        page.QuerySelector("#loi-Form-Components-0-Scan")!.TextContent.Trim().ShouldBe(message);
        (await CountAsync(name)).ShouldBe(0);
    }

    [Fact]
    public async Task A_complete_intake_issues_form_01_with_the_code_the_id_number_and_the_appointment()
    {
        var name = Unique("Đủ Hồ Sơ");
        var client = await DeskPageClient.SignInAsync(App, Desk);

        var (response, _) = await client.PostAsync(IntakePath + "&handler=Accept", DeskPageClient.Intake(name, "001190012345"), IntakePath);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldMatch(@"^/mot-cua/ho-so/000\.00\.35\.H40-260302-\d{4}/mau-01\?moi=true$");
        var page = await client.FollowAsync(response);
        var text = page.QuerySelector("main")!.TextContent;
        text.ShouldContain("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Số định danh cá nhân: 001190012345");
        text.ShouldContain("Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 16/03/2026");
        (await CountAsync(name)).ShouldBe(1);
    }

    [Fact]
    public async Task An_officer_of_another_unit_cannot_open_the_dossier_or_its_forms()
    {
        var code = await DeskPageClient.ReceiveAsync(App, Unique("Ngoài Phạm Vi"));
        var other = await App.SignedInClientAsync("chuyenvien.gtvt@motcua.demo");

        foreach (var path in new[] { $"/mot-cua/ho-so/{code}", $"/mot-cua/ho-so/{code}/mau-01", $"/mot-cua/ho-so/{code}/mau-05", $"/mot-cua/ho-so/{code}/yeu-cau-bo-sung" })
        {
            using var response = await other.GetAsync(path, DeskPageClient.Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        var sapaDesk = await DeskPageClient.SignInAsync(App, "motcua.sapa@motcua.demo");
        var inbox = await sapaDesk.GetAsync("/xu-ly/ho-so?q=" + Uri.EscapeDataString(code));
        inbox.QuerySelector("main")!.TextContent.ShouldNotContain(code);
    }

    [Fact]
    public async Task The_desk_sees_the_dossier_with_only_the_actions_its_state_allows()
    {
        var code = await DeskPageClient.ReceiveAsync(App, Unique("Đúng Phạm Vi"));
        var desk = await DeskPageClient.SignInAsync(App, Desk);

        var page = await desk.GetAsync($"/mot-cua/ho-so/{code}");

        var actions = page.QuerySelectorAll("section[aria-labelledby=thao-tac] button, section[aria-labelledby=thao-tac] a").Select(a => a.TextContent.Trim()).ToList();
        actions.ShouldContain("Chuyển cơ quan giải quyết");
        actions.ShouldContain("Công dân rút hồ sơ");
        actions.ShouldNotContain("Ký duyệt");
        actions.ShouldNotContain("Trả kết quả");
    }

    [Fact]
    public async Task An_action_on_a_page_opened_before_someone_else_acted_is_not_taken_and_the_fresh_state_is_shown()
    {
        var code = await DeskPageClient.ReceiveAsync(App, Unique("Hai Cán Bộ"));
        var first = await DeskPageClient.SignInAsync(App, Desk);
        var stalePage = await first.GetAsync($"/mot-cua/ho-so/{code}");
        var staleVersion = stalePage.QuerySelector("form[action*='handler=Transfer'] input[name=Version]")!.GetAttribute("value")!;
        using (var api = await App.SignedInClientAsync(Desk))
        {
            using var transferred = await api.PostAsync($"/api/v1/dossiers/{code}/transfer", null, DeskPageClient.Ct);
            transferred.EnsureSuccessStatusCode();
        }

        var (response, page) = await first.PostFormAsync($"/mot-cua/ho-so/{code}?handler=Withdraw", [new("Version", staleVersion), new("Reason", "Công dân xin rút hồ sơ.")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#xung-dot")!.TextContent.ShouldContain("vừa được người khác cập nhật sang trạng thái \"Đang xử lý\"");
        page.QuerySelector("h1 + p + p .badge")!.TextContent.ShouldBe("Đang xử lý");
        await using var scope = App.Services.CreateAsyncScope();
        var state = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Dossier>().Where(d => d.Code == code).Select(d => d.State).SingleAsync(DeskPageClient.Ct);
        state.ShouldBe(DossierState.InProcessing);
    }

    [Fact]
    public async Task A_wrong_second_factor_gets_the_same_answer_as_an_unknown_code()
    {
        var code = await DeskPageClient.ReceiveAsync(App, Unique("Bảo Mật"), phone: "0912 000 777");
        using var client = App.CreateClient();
        var parser = new AngleSharp.Html.Parser.HtmlParser();

        var wrongFactor = parser.ParseDocument(await client.GetStringAsync($"/tra-cuu-ho-so?ma={code}&xac-thuc=1234", DeskPageClient.Ct));
        var unknownCode = parser.ParseDocument(await client.GetStringAsync("/tra-cuu-ho-so?ma=000.00.35.H40-260302-9999&xac-thuc=0777", DeskPageClient.Ct));
        var right = parser.ParseDocument(await client.GetStringAsync($"/tra-cuu-ho-so?ma={code}&xac-thuc=0777", DeskPageClient.Ct));

        wrongFactor.QuerySelector("[role=alert]")!.TextContent.ShouldBe(unknownCode.QuerySelector("[role=alert]")!.TextContent);
        wrongFactor.QuerySelector("section[aria-labelledby=ket-qua]").ShouldBeNull();
        var result = right.QuerySelector("section[aria-labelledby=ket-qua]")!.TextContent;
        result.ShouldContain("Được tiếp nhận");
        result.ShouldContain("16/03/2026");
        right.QuerySelector("main")!.TextContent.ShouldNotContain("Bảo Mật");
        right.QuerySelector("main")!.TextContent.ShouldNotContain("001190012345");
    }

    [Fact]
    public async Task The_tracking_book_lists_the_day_and_exports_it_as_xlsx()
    {
        var name = Unique("Sổ Theo Dõi");
        var code = await DeskPageClient.ReceiveAsync(App, name);
        var desk = await DeskPageClient.SignInAsync(App, Desk);

        // Other tests receive dossiers at the same desk on the same day: follow the book's pages to this one.
        var book = await desk.GetAsync("/mot-cua/so-theo-doi?tu=2026-03-02&den=2026-03-02");
        var row = book.QuerySelectorAll("table.form-table tbody tr").SingleOrDefault(r => r.TextContent.Contains(code, StringComparison.Ordinal));
        while (row is null && book.QuerySelector("a[href*='stt=']")?.GetAttribute("href") is { } next)
        {
            book = await desk.GetAsync(next);
            row = book.QuerySelectorAll("table.form-table tbody tr").SingleOrDefault(r => r.TextContent.Contains(code, StringComparison.Ordinal));
        }

        row.ShouldNotBeNull();

        // A page after a cursor is a query of its own (it once failed to translate to SQL and answered 500).
        var afterCursor = await desk.GetAsync("/mot-cua/so-theo-doi?tu=2026-03-02&den=2026-03-02&stt=2&after=" + MotCua.Kernel.Paging.Keyset.Encode("1|"));
        afterCursor.QuerySelectorAll("table.form-table tbody tr").ShouldNotBeEmpty();
        row.TextContent.ShouldContain(name);

        using var response = await desk.Http.GetAsync("/mot-cua/so-theo-doi?handler=Xlsx&tu=2026-03-02&den=2026-03-02", DeskPageClient.Ct);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var sheet = new MemoryStream(await response.Content.ReadAsByteArrayAsync(DeskPageClient.Ct));
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var line = rows.Single(r => (string)r["Mã hồ sơ"] == code);
        ((string)line["Tên tổ chức, cá nhân"]).ShouldBe(name);
        ((string)line["Cơ quan chủ trì giải quyết"]).ShouldBe("Sở Tư pháp");
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";

    private static byte[] LargePdf()
    {
        var bytes = new byte[(20 * 1024 * 1024) + 10];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    private async Task<int> CountAsync(string applicantName)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        return await db.Set<Dossier>().CountAsync(d => d.Applicant.Name == applicantName, DeskPageClient.Ct);
    }
}

public sealed class DeskPagesTests_Sqlite(SqliteApp app) : DeskPagesTests(app);

public sealed class DeskPagesTests_Postgres(PostgresApp app) : DeskPagesTests(app);
