using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Administration.Features.DemoData;
using MotCua.Catalog.Domain;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class ControlOfficerPublishesAProcedure(Browser browser)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task A_control_officer_amends_a_draft_fixes_a_negative_fee_publishes_it_and_sees_what_changed()
    {
        var page = await browser.NewPageAsync();
        var code = await ArrangePublishedProcedureWithDraftAsync();

        await new SignInPage(page).OpenAsync("/quan-ly/thu-tuc");
        await new SignInPage(page).SignInAsync("kiemsoat@motcua.demo");
        await page.GetByLabel("Tìm theo mã hoặc tên").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Browser.ScreenshotAsync(page, "catalog-list");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = code }).GetByRole(AriaRole.Link, new() { Name = "Cấp bản sao trích lục hộ tịch" }).ClickAsync();
        await page.WaitForURLAsync($"**/quan-ly/thu-tuc/{code}/sua", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        var editor = new ProcedureEditorPage(page);
        await editor.ProcessingTime(0).FillAsync("3");
        await editor.FeeDescription(1).FillAsync("Lệ phí cấp bản sao trích lục (bản thứ hai trở đi)");
        await editor.FeeAmount(1).FillAsync("-5000");
        await editor.SaveAsync();

        (await editor.ErrorSummary.InnerTextAsync()).ShouldContain("Mức phí, lệ phí không được âm.");
        (await editor.ErrorNextTo(editor.FeeAmount(1)).InnerTextAsync()).ShouldBe("Mức phí, lệ phí không được âm.");
        (await editor.FeeAmount(1).InputValueAsync()).ShouldBe("-5000");
        (await editor.ProcessingTime(0).InputValueAsync()).ShouldBe("3");
        await Browser.ScreenshotAsync(page, "catalog-edit-error");
        await page.ShouldBeAccessibleAsync();

        await editor.FeeAmount(1).FillAsync("5.000");
        await editor.SaveAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã lưu dự thảo");

        await editor.OpenPublishFormAsync();
        var publish = new PublishProcedurePage(page);
        await publish.FillDecisionAsync("215/QĐ-UBND", "2026-03-02", "Phó Chủ tịch UBND tỉnh Hoàng Quốc Khánh", "2026-04-01");
        (await page.GetByText("Phiên bản 1 (Quyết định 100/QĐ-UBND").CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "catalog-publish");
        await page.ShouldBeAccessibleAsync();
        await publish.PublishAsync();

        await page.WaitForURLAsync($"**/quan-ly/thu-tuc/{code}/lich-su", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Browser.ScreenshotAsync(page, "catalog-history");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã công bố thủ tục");
        var latest = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Phiên bản 2" }) });
        (await latest.InnerTextAsync()).ShouldSatisfyAllConditions(
            text => text.ShouldContain("Đã công bố, chưa có hiệu lực"),
            text => text.ShouldContain("Thời hạn giải quyết: Mọi cách thức"),
            text => text.ShouldContain("5 ngày làm việc"),
            text => text.ShouldContain("3 ngày làm việc"),
            text => text.ShouldContain("5.000 đồng"));
        await Browser.ScreenshotAsync(page, "catalog-history");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Phiên bản 1 Đang hiệu lực" }).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_control_officer_cannot_approve_an_internal_process_longer_than_the_legal_time()
    {
        var page = await browser.NewPageAsync();
        var code = await ArrangePublishedProcedureWithDraftAsync();
        await new SignInPage(page).OpenAsync($"/quan-ly/thu-tuc/{code}/quy-trinh/000.00.12.H40");
        await new SignInPage(page).SignInAsync("kiemsoat@motcua.demo");
        await page.WaitForURLAsync($"**/quan-ly/thu-tuc/{code}/quy-trinh/000.00.12.H40", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        await page.Locator("#Steps_0__Name").FillAsync("Tiếp nhận, chuyển hồ sơ");
        await page.Locator("#Steps_0__Role").SelectOptionAsync("DeskOfficer");
        await page.Locator("#Steps_0__Budget").FillAsync("4");
        await page.Locator("#Steps_0__BudgetUnit").SelectOptionAsync("WorkingHours");
        await page.Locator("#Steps_1__Name").FillAsync("Thẩm định, trình ký");
        await page.Locator("#Steps_1__Role").SelectOptionAsync("ProcessingOfficer");
        await page.Locator("#Steps_1__Budget").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" }).ClickAsync();

        (await page.Locator("#tom-tat-loi").InnerTextAsync()).ShouldContain("vượt thời hạn giải quyết theo quy định (5 ngày làm việc)");
        (await page.Locator("#Steps_1__Budget").InputValueAsync()).ShouldBe("5");
        await Browser.ScreenshotAsync(page, "catalog-internal-process-error");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("#Steps_1__Budget").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã phê duyệt quy trình nội bộ");

        await page.GotoAsync("/quan-ly/thu-tuc/moi");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Thêm thủ tục hành chính" }).CountAsync()).ShouldBe(1);
        await page.GotoAsync($"/quan-ly/thu-tuc/{code}/bai-bo");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Bãi bỏ thủ tục" }).CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "catalog-retire");
    }

    /// <summary>A procedure in force since 1 March 2026 with a draft of version 2 open, made through the API.</summary>
    private async Task<string> ArrangePublishedProcedureWithDraftAsync()
    {
        var code = "9." + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var field = "HT" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            db.Add(ProcedureField.Create(field, "Hộ tịch"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var content = new ProcedureContent
        {
            Name = "Cấp bản sao trích lục hộ tịch",
            FieldCode = field,
            Levels = CompetenceLevels.Province,
            CompetentAgency = "Sở Tư pháp",
            ImplementingUnitId = DemoIds.Unit("000.00.12.H40"),
            Channels = SubmissionChannels.Direct | SubmissionChannels.Online | SubmissionChannels.Postal,
            ProcessingTimes = [new ProcessingTime { Amount = 5, Unit = TimeUnit.WorkingDays }],
            Fees = [new FeeItem { Kind = FeeKind.Charge, Description = "Lệ phí cấp bản sao trích lục", AmountDong = 8_000 }],
            Components = [new DossierComponent { Name = "Tờ khai cấp bản sao trích lục hộ tịch", Originals = 1, FormName = "Mẫu TK cấp bản sao" }],
            Sequence = "Người yêu cầu nộp tờ khai tại Bộ phận Một cửa; công chức tư pháp kiểm tra và cấp bản sao trích lục.",
            Subjects = "Cá nhân",
            ResultType = "Bản sao trích lục hộ tịch",
            LegalBases = [new LegalBasis { Number = "60/2014/QH13", Title = "Luật Hộ tịch", IssuedOn = new DateOnly(2014, 11, 20) }],
            OnlineLevel = OnlineServiceLevel.Full,
        };
        using var client = await browser.App.SignedInClientAsync("kiemsoat@motcua.demo");
        var stamp = await StampAsync(await client.PostAsJsonAsync("/api/v1/procedures", new { code, content }, Json, TestContext.Current.CancellationToken));
        var decision = new { number = "100/QĐ-UBND", signedOn = new DateOnly(2026, 2, 20), signer = "Chủ tịch UBND tỉnh", effectiveOn = new DateOnly(2026, 3, 1) };
        stamp = await StampAsync(await client.PostAsJsonAsync($"/api/v1/procedures/{code}/publish", new { decision, concurrencyStamp = stamp }, Json, TestContext.Current.CancellationToken));
        await StampAsync(await client.PutAsJsonAsync($"/api/v1/procedures/{code}/draft", new { content, concurrencyStamp = stamp }, Json, TestContext.Current.CancellationToken));
        return code;
    }


    private static async Task<Guid> StampAsync(HttpResponseMessage response)
    {
        using (response)
        {
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken);
            return body!["concurrencyStamp"]!.GetValue<Guid>();
        }
    }
}
