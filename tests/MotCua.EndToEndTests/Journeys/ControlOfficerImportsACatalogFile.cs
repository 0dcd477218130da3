using System.Text;
using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class ControlOfficerImportsACatalogFile(Browser browser)
{
    [Fact]
    public async Task A_faulty_file_is_listed_row_by_row_and_the_corrected_file_is_imported()
    {
        var page = await browser.NewPageAsync();
        await SignInAsync(page, "kiemsoat@motcua.demo");
        var code = "9." + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        await page.GotoAsync("/quan-ly/thu-tuc/nhap-xuat");
        (await page.TitleAsync()).ShouldStartWith("Nhập, xuất danh mục thủ tục hành chính");
        await Browser.ScreenshotAsync(page, "catalog-import-export");

        await UploadAsync(page, CatalogJson(code, unit: "000.99.99.H40", name: ""));
        var rows = page.Locator("table tbody tr");
        (await rows.CountAsync()).ShouldBe(2);
        (await rows.Nth(0).InnerTextAsync()).ShouldContain($"Dòng 1 (mã {code}.1): Không tìm thấy cơ quan thực hiện có mã 000.99.99.H40.");
        (await rows.Nth(1).InnerTextAsync()).ShouldContain($"Dòng 1 (mã {code}.1): Tên thủ tục không được để trống.");
        await Browser.ScreenshotAsync(page, "catalog-import-errors");

        await UploadAsync(page, CatalogJson(code, unit: "000.00.12.H40", name: "Cấp giấy xác nhận thử nghiệm"));
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã nhập danh mục thành công");
        await Browser.ScreenshotAsync(page, "catalog-import-success");

        var phone = await browser.NewPageAsync(phone: true);
        await SignInAsync(phone, "kiemsoat@motcua.demo");
        await phone.GotoAsync("/quan-ly/thu-tuc/nhap-xuat");
        await Browser.ScreenshotAsync(phone, "catalog-import-export-phone");
    }

    // The sign-in page belongs to another slice; an API token carried as a header signs this browser in.
    private async Task SignInAsync(IPage page, string email)
    {
        using var client = await browser.App.SignedInClientAsync(email);
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Authorization"] = client.DefaultRequestHeaders.Authorization!.ToString() });
    }

    private static async Task UploadAsync(IPage page, string json)
    {
        await page.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "danh-muc.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và nhập" }).ClickAsync();
    }

    private static string CatalogJson(string code, string unit, string name) => $$"""
        {
          "format": "motcua.catalog/v1",
          "procedures": [
            {
              "code": "{{code}}.1", "name": "{{name}}", "field": "LLTP", "levels": "Province", "implementingUnit": "{{unit}}",
              "channels": "Direct", "processingTimes": [ { "amount": 5, "unit": "WorkingDays" } ],
              "components": [ { "name": "Tờ khai", "originals": 1 } ],
              "sequence": "Nộp hồ sơ, thẩm định, trả kết quả.", "subjects": "Công dân", "resultType": "Giấy xác nhận",
              "legalBases": [ { "number": "28/2009/QH12", "title": "Luật Lý lịch tư pháp" } ],
              "decision": { "number": "7/QĐ-UBND", "signedOn": "2025-01-02", "signer": "Phó Chủ tịch UBND tỉnh", "effectiveOn": "2025-01-10" }
            }
          ]
        }
        """;
}
