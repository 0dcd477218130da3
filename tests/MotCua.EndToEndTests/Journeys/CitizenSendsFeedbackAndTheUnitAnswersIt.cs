using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Administration.Contracts;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

/// <summary>
/// A visitor sends a PAKN to the justice department, its officer receives, answers and publishes it, the visitor finds
/// the answer and says they are satisfied, and the director reads the PAKN table.
/// </summary>
public sealed class CitizenSendsFeedbackAndTheUnitAnswersIt(Browser browser)
{
    private const string Department = "000.01.12.H40";

    [Fact]
    public async Task The_petition_goes_from_the_public_form_through_the_register_to_the_published_answers_and_the_table()
    {
        var subject = "Đề nghị niêm yết lệ phí chứng thực " + Guid.NewGuid().ToString("N")[..6];
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/phan-anh-kien-nghi/gui");
        await visitor.ShouldBeAccessibleAsync();
        await visitor.GetByLabel("Họ và tên").FillAsync("Hoàng Thị Mỷ");
        await visitor.GetByLabel("Số điện thoại").FillAsync("0915 246 810");
        await visitor.GetByLabel("Địa chỉ liên hệ").FillAsync("Tổ 5, phường Cốc Lếu, Lào Cai");
        await visitor.Locator("#UnitId").SelectOptionAsync((await UnitIdAsync()).ToString());
        await visitor.GetByLabel("Tiêu đề").FillAsync(subject);
        await visitor.Locator("#Content").FillAsync("Bộ phận Một cửa chưa niêm yết mức lệ phí chứng thực bản sao.");
        await Browser.ScreenshotAsync(visitor, "pakn-gui");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        var notice = await visitor.GetByRole(AriaRole.Status).InnerTextAsync();
        var code = notice[(notice.IndexOf("PAKN-", StringComparison.Ordinal))..].Split('.')[0];

        var officer = await browser.NewPageAsync();
        await new SignInPage(officer).OpenAsync("/xu-ly/pakn");
        await new SignInPage(officer).SignInAsync("chuyenvien.tuphap@motcua.demo");
        await officer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await officer.ShouldBeAccessibleAsync();
        await officer.GetByLabel("Quy định hành chính, thủ tục hành chính").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và phân loại" }).ClickAsync();
        await officer.Locator("#text-result").FillAsync("Đã niêm yết mức lệ phí theo Thông tư 226/2016/TT-BTC tại quầy.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Ghi kết quả xử lý" }).ClickAsync();
        await Browser.ScreenshotAsync(officer, "pakn-xu-ly");
        // The officer's menu, one link longer with PAKN, still fits 1366 px.
        (await officer.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Công khai kết quả" }).ClickAsync();
        (await officer.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã công khai");

        await visitor.GotoAsync("/phan-anh-kien-nghi");
        var answer = visitor.Locator($"#pakn-{code}");
        (await answer.InnerTextAsync()).ShouldContain("Thông tư 226/2016/TT-BTC");
        await visitor.ShouldBeAccessibleAsync();
        await answer.GetByRole(AriaRole.Button, new() { Name = "Hài lòng" }).First.ClickAsync();
        (await visitor.Locator($"#pakn-{code} .badge.text-bg-success").InnerTextAsync()).ShouldBe("1");
        await Browser.ScreenshotAsync(visitor, "pakn-cong-khai");

        var leader = await browser.NewPageAsync();
        await new SignInPage(leader).OpenAsync("/bao-cao/pakn");
        await new SignInPage(leader).SignInAsync("giamdoc.tuphap@motcua.demo");
        await leader.WaitForURLAsync(url => url.Contains("/bao-cao/pakn", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await leader.Locator("#bang-pakn").CountAsync()).ShouldBe(1);
        await leader.ShouldBeAccessibleAsync();
        await Browser.ScreenshotAsync(leader, "pakn-bao-cao");
        (await leader.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
    }

    private async Task<Guid> UnitIdAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(Department, default))!.Id;
    }
}
