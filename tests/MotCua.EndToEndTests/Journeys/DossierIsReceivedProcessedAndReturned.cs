using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

/// <summary>
/// Issue 3 §7: a desk officer receives a dossier for a Sở Tư pháp procedure and prints form 01; the processing
/// officer and the head of department carry the steps, the director signs; the desk returns the result;
/// the applicant follows it on the public page.
/// </summary>
public sealed partial class DossierIsReceivedProcessedAndReturned(Browser browser)
{
    private const string Procedure = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam";

    [Fact]
    public async Task A_dossier_goes_from_the_desk_through_the_department_and_back_to_the_applicant()
    {
        // The desk: intake and the receipt.
        var desk = await SignedInAsync("motcua.tinh@motcua.demo", "/mot-cua/tiep-nhan");
        var intake = new IntakeScreen(desk);
        await intake.ChooseProcedureAsync("ly lich tu phap", Procedure);
        await intake.Received(1).CheckAsync();
        await intake.Received(2).CheckAsync();
        await intake.FillPersonAsync("Nguyễn Thị Hoa", "001190012345", "Số 5 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai", "0912 345 678");
        await intake.AttachAsync(1, "to-khai.pdf", "application/pdf", IntakeScreen.Pdf("to khai"));
        await Browser.ScreenshotAsync(desk, "desk-intake");
        await desk.ShouldBeAccessibleAsync();
        await intake.AcceptAsync();

        await desk.WaitForURLAsync("**/mau-01?moi=true", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var code = CodePattern().Match(desk.Url).Value;
        code.ShouldStartWith("000.00.35.H40-260302-");
        var receipt = await desk.Locator("main").InnerTextAsync();
        receipt.ShouldSatisfyAllConditions(
            r => r.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", Case.Insensitive),
            r => r.ShouldContain(code),
            r => r.ShouldContain("Số định danh cá nhân: 001190012345"),
            r => r.ShouldContain("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"),
            r => r.ShouldContain("Thời gian trả kết quả giải quyết hồ sơ:"),
            r => r.ShouldContain("Lào Cai, ngày 02 tháng 03 năm 2026"));
        await Browser.ScreenshotAsync(desk, "form-01-receipt");
        await desk.ShouldBeAccessibleAsync();

        var dossier = new DossierScreen(desk);
        await dossier.OpenAsync(code);
        await dossier.ActAsync("Chuyển cơ quan giải quyết");
        (await dossier.Status.InnerTextAsync()).ShouldContain("Chuyển cơ quan giải quyết");
        await Browser.ScreenshotAsync(desk, "dossier-transferred");
        await desk.ShouldBeAccessibleAsync();

        // The processing officer finds it in the inbox and carries the first step.
        var officer = await SignedInAsync("chuyenvien.tuphap@motcua.demo", "/xu-ly/ho-so");
        var inbox = new InboxScreen(officer);
        await inbox.OpenAsync("nguyen thi hoa");
        (await inbox.Row(code).InnerTextAsync()).ShouldContain("Trong hạn");
        await Browser.ScreenshotAsync(officer, "inbox-processing-officer");
        await officer.ShouldBeAccessibleAsync();
        await inbox.OpenDossierAsync(code);
        await CarryStepAsync(officer, "officer");

        // The head of department reviews and submits for signature; the director signs (the approval state).
        var head = await SignedInAsync("truongphong.tuphap@motcua.demo", $"/mot-cua/ho-so/{code}");
        var review = new DossierScreen(head);
        await review.ActAsync("Phân công xử lý");
        await Browser.ScreenshotAsync(head, "dossier-step-head");
        await head.ShouldBeAccessibleAsync();
        await review.ActAsync("Trình ký duyệt");
        (await review.TextAsync()).ShouldContain("Chờ ký duyệt");
        var director = await SignedInAsync("giamdoc.tuphap@motcua.demo", "/xu-ly/ho-so");
        await new InboxScreen(director).OpenDossierAsync(code);
        var signing = new DossierScreen(director);
        await Browser.ScreenshotAsync(director, "dossier-awaiting-approval");
        await director.ShouldBeAccessibleAsync();
        await signing.ActAsync("Ký duyệt");
        (await signing.TextAsync()).ShouldContain("Đã ký duyệt");
        await director.GetByLabel("Số, ký hiệu văn bản kết quả").FillAsync("LLTP-0215/2026");
        await director.GetByLabel("Bản điện tử của kết quả (PDF, JPEG, PNG)").SetInputFilesAsync(
            new FilePayload { Name = "phieu-lltp.pdf", MimeType = "application/pdf", Buffer = IntakeScreen.Pdf("phieu lltp") });
        await signing.ActAsync("Có kết quả, chuyển Bộ phận Một cửa");
        (await signing.TextAsync()).ShouldContain("LLTP-0215/2026");
        await Browser.ScreenshotAsync(director, "dossier-result-ready");

        // The control slip lists every hand-over with its judgement.
        await director.GotoAsync($"/mot-cua/ho-so/{code}/mau-05");
        var slip = await director.Locator("main").InnerTextAsync();
        slip.ShouldContain("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", Case.Insensitive);
        (await director.Locator("table.form-table tbody tr").CountAsync()).ShouldBe(3);
        slip.ShouldContain("Trước hạn");
        await Browser.ScreenshotAsync(director, "form-05-control-slip");

        // The desk returns the result.
        await desk.GotoAsync($"/mot-cua/ho-so/{code}");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Trả kết quả", Exact = true }).ClickAsync();
        (await desk.GetByLabel("Người nhận kết quả").InputValueAsync()).ShouldBe("Nguyễn Thị Hoa");
        await Browser.ScreenshotAsync(desk, "return-result");
        await desk.ShouldBeAccessibleAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã trả kết quả" }).ClickAsync();
        await desk.WaitForURLAsync($"**/mot-cua/ho-so/{code}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await dossier.TextAsync()).ShouldContain("Đã trả kết quả");

        // The day's tracking book (form 06) has the dossier with its return.
        await desk.GotoAsync("/mot-cua/so-theo-doi?tu=2026-03-02&den=2026-03-02");
        var bookLine = desk.Locator("table.form-table tbody tr").Filter(new() { HasText = code });
        (await bookLine.InnerTextAsync()).ShouldContain("Nguyễn Thị Hoa");
        (await bookLine.InnerTextAsync()).ShouldContain("Trực tiếp");
        await Browser.ScreenshotAsync(desk, "form-06-tracking-book");
        await desk.ShouldBeAccessibleAsync();

        // The applicant tracks it, on a phone, with the last four digits of her phone number.
        var citizen = await browser.NewPageAsync(phone: true);
        var tracking = new TrackingScreen(citizen);
        await tracking.TrackAsync(code, "9999");
        (await tracking.NotFound.InnerTextAsync()).ShouldBe("Không tìm thấy hồ sơ với mã và bốn số cuối đã nhập.");
        await tracking.TrackAsync(code, "5678");
        var tracked = await tracking.Result.InnerTextAsync();
        tracked.ShouldContain("Đã trả kết quả");
        tracked.ShouldNotContain("Nguyễn Thị Hoa");
        tracked.ShouldNotContain("001190012345");
        (await tracking.History.InnerTextAsync()).ShouldContain("Tiếp nhận, hẹn trả kết quả");
        await Browser.ScreenshotAsync(citizen, "tracking-phone");
        await citizen.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task An_invalid_id_number_is_explained_next_to_its_field_and_nothing_is_received()
    {
        // On a phone: the intake form has to work on the 390 px screen of a mobile desk too.
        var desk = await SignedInAsync("motcua.tinh@motcua.demo", "/mot-cua/tiep-nhan", phone: true);
        var intake = new IntakeScreen(desk);
        await intake.ChooseProcedureAsync("1.001234", Procedure);
        await intake.Received(1).CheckAsync();
        await intake.Received(2).CheckAsync();
        await intake.FillPersonAsync("Lý Văn Sơn", "999190012345", "Bản Lầu Thí Ngài, xã Tả Van", "0987 654 321");
        await intake.AcceptAsync();

        (await intake.ErrorOfAsync(intake.Identifier)).ShouldContain("không phải mã tỉnh");
        (await intake.Identifier.InputValueAsync()).ShouldBe("999190012345");
        (await intake.Received(2).IsCheckedAsync()).ShouldBeTrue();
        await Browser.ScreenshotAsync(desk, "desk-intake-invalid-cccd-phone");
        await desk.ShouldBeAccessibleAsync();

        var inbox = new InboxScreen(desk);
        await inbox.OpenAsync("ly van son");
        (await desk.GetByText("Không có hồ sơ nào khớp với bộ lọc.").CountAsync()).ShouldBe(1);
    }

    /// <summary>The user takes the current step and completes it.</summary>
    private static async Task CarryStepAsync(IPage page, string who)
    {
        var screen = new DossierScreen(page);
        await screen.ActAsync("Phân công xử lý");
        await Browser.ScreenshotAsync(page, $"dossier-step-{who}");
        await page.ShouldBeAccessibleAsync();
        await screen.ActAsync("Hoàn thành bước, chuyển bước tiếp theo");
        (await screen.Status.InnerTextAsync()).ShouldContain("Hoàn thành bước");
    }

    private async Task<IPage> SignedInAsync(string email, string path, bool phone = false)
    {
        var page = await browser.NewPageAsync(phone);
        var signIn = new SignInPage(page);
        await signIn.OpenAsync(path);
        await signIn.SignInAsync(email);
        await page.WaitForURLAsync(url => !url.Contains("/dang-nhap", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }


    [GeneratedRegex(@"[0-9A-Z.]+-\d{6}-\d{4}")]
    private static partial Regex CodePattern();
}
