using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class AdminAddsADeskOfficer(Browser browser)
{
    private const string SaPa = "Ủy ban nhân dân thị xã Sa Pa";
    private const string CommuneCode = "000.22.53.H40";
    private const string CommuneName = "Ủy ban nhân dân xã Tả Phìn";

    [Fact]
    public async Task The_admin_opens_a_commune_under_Sa_Pa_and_gives_it_a_desk_officer()
    {
        var page = await browser.NewPageAsync();
        await new SignInPage(page).OpenAsync("/quan-tri/don-vi");
        await new SignInPage(page).SignInAsync("admin@motcua.demo");
        await page.WaitForURLAsync("**/quan-tri/don-vi", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var tree = new UnitTreePage(page);
        (await tree.Row(SaPa).CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "admin-unit-tree");
        await page.ShouldBeAccessibleAsync();

        await tree.AddUnitUnderAsync(SaPa);
        await new UnitFormPage(page).CreateAsync("UBND cấp xã", CommuneCode, CommuneName);

        await page.WaitForURLAsync("**/quan-tri/don-vi#unit-*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await tree.Status.InnerTextAsync()).ShouldContain(CommuneName);
        (await tree.Row(CommuneName).InnerTextAsync()).ShouldContain(CommuneCode);

        var form = new StaffFormPage(page);
        await form.OpenAsync();
        await form.FillAsync("Sùng Thị Dua", "motcua.taphin@motcua.demo", CommuneCode, "DeskOfficer", "matkhau");
        await form.SubmitAsync();

        (await form.PasswordError.InnerTextAsync()).ShouldContain("Mật khẩu phải có ít nhất 10 ký tự.");
        (await form.PasswordInput.GetAttributeAsync("aria-describedby"))!.ShouldContain("f-password-error");
        (await page.GetByLabel("Họ và tên").InputValueAsync()).ShouldBe("Sùng Thị Dua");
        await Browser.ScreenshotAsync(page, "admin-staff-form-error");
        await page.ShouldBeAccessibleAsync();

        await form.SetPasswordAsync("TaPhin@2026");
        await form.SubmitAsync();

        await page.WaitForURLAsync("**/quan-tri/can-bo?unit=*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sùng Thị Dua" });
        (await row.InnerTextAsync()).ShouldContain("Cán bộ một cửa");
        (await row.InnerTextAsync()).ShouldContain("đơn vị mình");
        (await row.InnerTextAsync()).ShouldContain(CommuneName);
        await Browser.ScreenshotAsync(page, "admin-staff-list");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa Sùng Thị Dua" }).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Sùng Thị Dua", Level = 1 }).CountAsync()).ShouldBe(1);
        await Browser.ScreenshotAsync(page, "admin-staff-edit");
        await page.ShouldBeAccessibleAsync();
        await page.GotoAsync("/quan-tri/mot-cua");
        await Browser.ScreenshotAsync(page, "admin-desks");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_citizen_finds_where_to_submit_on_the_organisation_page(bool phone)
    {
        var page = await browser.NewPageAsync(phone);

        await page.GotoAsync("/co-quan?q=ta van");

        var desk = page.GetByText("Bộ phận Một cửa xã Tả Van");
        (await desk.CountAsync()).ShouldBe(1);
        (await desk.IsVisibleAsync()).ShouldBeTrue();
        (await page.GetByRole(AriaRole.Link, new() { Name = "0214 3872 019" }).GetAttributeAsync("href")).ShouldBe("tel:02143872019");
        await page.GotoAsync("/co-quan");
        (await page.GetByText("@motcua.demo").CountAsync()).ShouldBe(0);
        await Browser.ScreenshotAsync(page, phone ? "co-quan-phone" : "co-quan");
        await page.ShouldBeAccessibleAsync();
    }

}
