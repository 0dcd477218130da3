using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

/// <summary>
/// Issue 4 §7: a citizen signs in through the development VNeID provider on a phone, submits a dossier online reusing a
/// document of their wallet, is asked for a supplement and supplies it, pays the fee through the payment platform,
/// downloads the electronic result and rates it "Không hài lòng"; the negative rating reaches the leader of the unit
/// that processed it. The staff's part goes through the API: this journey is about what the citizen sees.
/// </summary>
public sealed partial class CitizenCompletesAnOnlineDossier(Browser browser)
{
    /// <summary>Phạm Thị Mai, a demo citizen no other journey signs in as.</summary>
    private const string Citizen = "001190123456";
    private const string CitizenName = "Phạm Thị Mai";

    /// <summary>Cấp Phiếu lý lịch tư pháp (Sở Tư pháp): full online, a 200.000 đồng fee; components 1 and 2 are required.</summary>
    private const string Procedure = "1.001234";

    private const string IdCardComponent = "Căn cước công dân hoặc Căn cước còn giá trị sử dụng (xuất trình bản chính để đối chiếu)";

    [Fact]
    public async Task A_citizen_submits_online_with_a_wallet_document_supplies_pays_gets_the_result_and_a_negative_rating_reaches_the_leader()
    {
        var staff = new StaffApi(browser.App);

        // Her identity card was scanned when the desk accepted an earlier dossier: it is in her wallet.
        var earlier = await EarlierDossierAtTheDeskAsync(staff);

        var citizen = await browser.NewPageAsync(phone: true);
        await citizen.GotoAsync("/cong-dan", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await citizen.WaitForURLAsync("**/cong-dan/dang-nhap**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await new CitizenSignInPage(citizen).SignInAsync(Citizen);
        // The round trip through the identity provider is the slowest moment on a loaded runner.
        await citizen.WaitForURLAsync("**/cong-dan", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ của tôi", Level = 1 }).WaitForAsync();
        (await citizen.Locator("main").InnerTextAsync()).ShouldContain(earlier);

        var walletRow = citizen.Locator("main table tbody tr").Filter(new() { HasText = IdCardComponent });
        await BackgroundWork.UntilAsync(browser.App, "the identity card in her wallet", async () =>
        {
            await citizen.GotoAsync("/cong-dan/kho-du-lieu", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            return await walletRow.CountAsync() > 0;
        });
        (await walletRow.InnerTextAsync()).ShouldContain(earlier);
        await Browser.ScreenshotAsync(citizen, "online-journey-1-wallet");
        await citizen.ShouldBeAccessibleAsync();

        // 1. The online submission: the declaration uploaded, the identity card taken from the wallet.
        var submission = new OnlineSubmissionPage(citizen);
        await submission.OpenAsync();
        await submission.ChooseAsync(Procedure);
        (await citizen.Locator("main").InnerTextAsync()).ShouldContain($"{CitizenName} — số định danh {Citizen}");
        await submission.Address.FillAsync("Số 12 đường Hoàng Sào, phường Kim Tân, thành phố Lào Cai");
        await submission.RequestSummary.FillAsync("Cấp 01 Phiếu lý lịch tư pháp số 1 để bổ sung hồ sơ xin việc");
        await submission.UploadAsync(1, "to-khai-lltp.pdf", IntakeScreen.Pdf("to khai"));
        await submission.ReuseFromWalletAsync(2, earlier);
        await Browser.ScreenshotAsync(citizen, "online-journey-2-form");
        await citizen.ShouldBeAccessibleAsync();
        await submission.SubmitAsync();

        await citizen.WaitForURLAsync(url => url.Contains("/cong-dan/ho-so/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var code = CodePattern().Match(citizen.Url).Value;
        code.ShouldNotBeEmpty();
        var dossier = new MyDossierPage(citizen);
        (await dossier.Notice.InnerTextAsync()).ShouldBe($"Đã nộp hồ sơ {code}. Bộ phận một cửa sẽ kiểm tra và thông báo cho bạn.");
        (await dossier.Heading.InnerTextAsync()).ShouldStartWith("Cấp Phiếu lý lịch tư pháp");
        var idCard = dossier.Components.Locator("tr").Filter(new() { HasText = IdCardComponent });
        (await idCard.InnerTextAsync()).ShouldContain("Dùng lại từ kho dữ liệu");
        (await dossier.Components.Locator("tr").Filter(new() { HasText = "Tờ khai" }).InnerTextAsync()).ShouldContain("to-khai-lltp.pdf");
        await Browser.ScreenshotAsync(citizen, "online-journey-3-submitted");
        await citizen.ShouldBeAccessibleAsync();

        // 2. The desk accepts and transfers it; the officer asks for a signed declaration.
        await staff.DoAsync(StaffApi.Desk, code, "accept");
        await staff.DoAsync(StaffApi.Desk, code, "transfer");
        await staff.DoAsync(StaffApi.Officer, code, "assign", new { assignee = StaffApi.Officer });
        const string reason = "Tờ khai chưa có chữ ký của người yêu cầu: ký và tải lên lại.";
        await staff.DoAsync(StaffApi.Officer, code, "request-supplement", new { items = new[] { new { componentNumber = 1, reason } } });

        // 3. She sees what is asked and supplies it online.
        await dossier.OpenAsync(code);
        (await dossier.Asks.InnerTextAsync()).ShouldSatisfyAllConditions(
            a => a.ShouldContain("Cơ quan yêu cầu bổ sung, hoàn thiện hồ sơ:"),
            a => a.ShouldContain(reason));
        (await dossier.Supplement.GetByRole(AriaRole.Heading, new() { Name = "Bổ sung hồ sơ trực tuyến" }).CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(citizen, "online-journey-4-supplement-asked");
        await citizen.ShouldBeAccessibleAsync();
        await dossier.SupplyAsync(1, "to-khai-lltp-da-ky.pdf", IntakeScreen.Pdf("to khai da ky"), "Đã ký tờ khai.");
        await citizen.WaitForURLAsync($"**/cong-dan/ho-so/{code}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await dossier.Notice.InnerTextAsync()).ShouldBe("Đã gửi hồ sơ bổ sung.");
        (await dossier.Supplement.CountAsync()).ShouldBe(0);
        (await dossier.Components.Locator("tr").Filter(new() { HasText = "Tờ khai" }).InnerTextAsync()).ShouldContain("to-khai-lltp-da-ky.pdf");
        await Browser.ScreenshotAsync(citizen, "online-journey-5-supplied");
        await citizen.ShouldBeAccessibleAsync();

        // 4. The officer asks for the fee; she pays it through the payment platform and gets the receipt.
        await staff.DoAsync(StaffApi.Officer, code, "request-financial-obligation", new { description = "Phí cung cấp thông tin lý lịch tư pháp", amountDong = 200_000 });
        await dossier.OpenAsync(code);
        (await dossier.Asks.InnerTextAsync()).ShouldContain("Số tiền: 200.000 đồng.");
        await dossier.Asks.GetByRole(AriaRole.Link, new() { Name = "Thanh toán trực tuyến" }).ClickAsync();
        await citizen.WaitForURLAsync($"**/cong-dan/ho-so/{code}/thanh-toan", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await citizen.GetByRole(AriaRole.Heading, new() { Name = "Thanh toán phí, lệ phí trực tuyến", Level = 1 }).CountAsync()).ShouldBe(1);
        var payment = new PaymentPages(citizen);
        (await payment.PayButton.InnerTextAsync()).ShouldBe("Thanh toán 200.000 đ");
        await Browser.ScreenshotAsync(citizen, "online-journey-6-fees");
        await citizen.ShouldBeAccessibleAsync();
        await payment.PayOnPlatformAsync(async () =>
        {
            (await citizen.Locator("body").InnerTextAsync()).ShouldContain("200.000 đồng");
            await Browser.ScreenshotAsync(citizen, "online-journey-7-payment-platform");
        });
        (await payment.Outcome.InnerTextAsync()).ShouldBe($"Đã thanh toán thành công 200.000 đ cho hồ sơ {code}. Biên lai điện tử đã được cấp.");
        await Browser.ScreenshotAsync(citizen, "online-journey-8-paid");
        await citizen.ShouldBeAccessibleAsync();
        await payment.OpenReceiptAsync();
        var receiptNumber = await payment.ReceiptNumber.InnerTextAsync();
        receiptNumber.ShouldNotBeNullOrWhiteSpace();
        citizen.Url.ShouldEndWith($"/cong-dan/ho-so/{code}/bien-lai/{receiptNumber}");
        (await payment.Receipt.InnerTextAsync()).ShouldSatisfyAllConditions(
            r => r.ShouldContain("Biên lai thu phí, lệ phí điện tử", Case.Insensitive),
            r => r.ShouldContain($"{CitizenName} (số định danh {Citizen})"),
            r => r.ShouldContain(code),
            r => r.ShouldContain("200.000 đ"));
        await Browser.ScreenshotAsync(citizen, "online-journey-9-receipt");
        await citizen.ShouldBeAccessibleAsync();

        // 5. The payment resumes processing; the department reviews, the director signs, the officer issues the result.
        await staff.WhenInStateAsync(code, "InProcessing");
        // A pause releases the step: the officer takes it again to finish the appraisal.
        await staff.DoAsync(StaffApi.Officer, code, "assign", new { assignee = StaffApi.Officer });
        await staff.DoAsync(StaffApi.Officer, code, "complete-step", new { note = "Đủ điều kiện cấp phiếu" });
        await staff.DoAsync(StaffApi.DepartmentLeader, code, "assign", new { assignee = StaffApi.DepartmentLeader });
        await staff.DoAsync(StaffApi.DepartmentLeader, code, "submit-for-approval", new { note = "Trình ký" });
        await staff.DoAsync(StaffApi.Director, code, "approve", new { note = "Đồng ý" });
        var scan = await staff.UploadAsync(StaffApi.Officer, IntakeScreen.Pdf("phieu lltp so 1"), "phieu-lltp.pdf");
        await staff.DoAsync(StaffApi.Officer, code, "result", new { documentNumber = "LLTP-0388/2026", fileId = scan });

        await dossier.OpenAsync(code);
        (await dossier.Asks.InnerTextAsync()).ShouldContain("Đã có kết quả điện tử");
        var download = await citizen.RunAndWaitForDownloadAsync(async () =>
            await citizen.GetByRole(AriaRole.Link, new() { Name = "Tải kết quả LLTP-0388/2026" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("phieu-lltp.pdf");
        (await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken)).ShouldBe(IntakeScreen.Pdf("phieu lltp so 1"));
        await Browser.ScreenshotAsync(citizen, "online-journey-10-result");
        await citizen.ShouldBeAccessibleAsync();

        // 6. Returned electronically, she rates it: not satisfied.
        await staff.DoAsync(StaffApi.Desk, code, "return-result", new { method = "Electronic", receivedBy = CitizenName });
        await dossier.OpenAsync(code);
        await dossier.Asks.GetByRole(AriaRole.Link, new() { Name = "Đánh giá" }).ClickAsync();
        await citizen.WaitForURLAsync($"**/cong-dan/ho-so/{code}/danh-gia", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await citizen.GetByRole(AriaRole.Heading, new() { Name = "Đánh giá việc giải quyết hồ sơ", Level = 1 }).CountAsync()).ShouldBe(1);
        await citizen.ShouldBeAccessibleAsync();
        const string comment = "Phải bổ sung tờ khai hai lần, thời gian chờ lâu.";
        var rating = new RatingPage(citizen);
        await rating.RateAsync("Không hài lòng", "Bình thường, đúng mực", comment);
        await citizen.WaitForURLAsync($"**/cong-dan/ho-so/{code}/danh-gia", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await rating.Notice.InnerTextAsync()).ShouldBe("Cảm ơn ông/bà đã đánh giá. Ý kiến đã được ghi nhận.");
        (await citizen.Locator("main").InnerTextAsync()).ShouldContain("Ông/bà đã đánh giá: Không hài lòng; thái độ cán bộ: Bình thường, đúng mực.");
        await Browser.ScreenshotAsync(citizen, "online-journey-11-rated");
        await citizen.ShouldBeAccessibleAsync();

        // 7. The director of Sở Tư pháp finds it among the ratings to answer.
        var leader = await browser.NewPageAsync();
        var signIn = new SignInPage(leader);
        await signIn.OpenAsync("/xu-ly/danh-gia-can-xu-ly");
        await signIn.SignInAsync(StaffApi.Director);
        await leader.WaitForURLAsync("**/xu-ly/danh-gia-can-xu-ly", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var review = leader.Locator("article").Filter(new() { Has = leader.GetByRole(AriaRole.Heading, new() { Name = $"Hồ sơ {code}" }) });
        (await review.InnerTextAsync()).ShouldSatisfyAllConditions(
            r => r.ShouldContain("Không hài lòng"),
            r => r.ShouldContain(comment),
            r => r.ShouldContain("Cổng dịch vụ công", Case.Insensitive));
        await Browser.ScreenshotAsync(leader, "online-journey-12-leader-review");
        await leader.ShouldBeAccessibleAsync();
    }

    /// <summary>An LLTP dossier of hers received and accepted at the desk with both scans, whose components fill her wallet.</summary>
    private static async Task<string> EarlierDossierAtTheDeskAsync(StaffApi staff)
    {
        var declaration = await staff.UploadAsync(StaffApi.Desk, IntakeScreen.Pdf("to khai 2025"), "to-khai.pdf");
        var idCard = await staff.UploadAsync(StaffApi.Desk, IntakeScreen.Pdf("can cuoc"), "can-cuoc.pdf");
        var received = await staff.ReceiveAsync(new
        {
            procedureCode = Procedure,
            channel = "Direct",
            applicant = new { kind = "Person", name = CitizenName, identifier = Citizen, address = "Số 12 đường Hoàng Sào, phường Kim Tân", phone = "0901 234 567", email = "mai.pt@congdan.demo" },
            requestSummary = "Cấp 01 Phiếu lý lịch tư pháp số 2",
            components = new object[]
            {
                new { number = 1, originals = 1, copies = 0, fileId = declaration },
                new { number = 2, originals = 0, copies = 1, fileId = idCard },
            },
            accept = true,
        });
        return received.GetProperty("code").GetString()!;
    }


    [GeneratedRegex(@"[0-9A-Z.]+-\d{6}-\d{4}")]
    private static partial Regex CodePattern();
}
