using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class AdminSetsOfficeHours(Browser browser)
{
    // Tả Phìn would collide with the desk-officer journey; Sa Pa ward is used by no other journey.
    private const string SaPaWard = "000.20.53.H40";

    [Fact]
    public async Task The_admin_gives_a_ward_a_later_cut_off_and_a_mistake_is_shown_next_to_its_field()
    {
        var page = await browser.NewPageAsync();
        await new SignInPage(page).OpenAsync($"/quan-tri/don-vi/{SaPaWard}/sua");
        await new SignInPage(page).SignInAsync("admin@motcua.demo");
        await page.WaitForURLAsync($"**/quan-tri/don-vi/{SaPaWard}/sua", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var form = page.Locator("form[aria-labelledby=office-hours]");

        await form.GetByLabel("Bắt đầu buổi sáng").FillAsync("07:00");
        await form.GetByLabel("Kết thúc buổi sáng").FillAsync("11:00");
        await form.GetByLabel("Bắt đầu buổi chiều").FillAsync("13:30");
        await form.GetByLabel("Kết thúc buổi chiều").FillAsync("17:30");
        await form.GetByLabel("Giờ chốt tiếp nhận").FillAsync("18:00");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu giờ làm việc" }).ClickAsync();
        await page.WaitForSelectorAsync("#f-cutoff-error");

        (await page.Locator("#f-cutoff-error").InnerTextAsync()).ShouldContain("Giờ chốt tiếp nhận phải nằm trong giờ làm việc");
        await Browser.ScreenshotAsync(page, "admin-unit-office-hours-error");

        await form.GetByLabel("Giờ chốt tiếp nhận").FillAsync("16:00");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu giờ làm việc" }).ClickAsync();
        await page.GetByText("Đã lưu giờ làm việc của đơn vị.").WaitForAsync();

        (await form.GetByLabel("Giờ chốt tiếp nhận").InputValueAsync()).ShouldBe("16:00");
        await Browser.ScreenshotAsync(page, "admin-unit-office-hours");
        await page.ShouldBeAccessibleAsync();
    }
}
