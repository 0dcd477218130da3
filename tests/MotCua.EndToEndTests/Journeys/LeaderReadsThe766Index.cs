using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class LeaderReadsThe766Index(Browser browser)
{
    /// <summary>The director of Sở Tư pháp: may read the figures of the officers who carry the agency's work.</summary>
    private const string Director = "giamdoc.tuphap@motcua.demo";

    [Fact]
    public async Task A_director_reads_the_agencys_index_then_narrows_it_to_one_officer_picked_from_the_list()
    {
        var page = await browser.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync("/bao-cao/chi-so-766");
        await signIn.SignInAsync(Director);
        await page.WaitForURLAsync(url => url.Contains("/bao-cao/chi-so-766", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        // The province is shown first; no officer list for a unit the director does not lead.
        (await page.Locator("#canBo").CountAsync()).ShouldBe(0);
        var agency = await page.Locator("#donVi option", new() { HasTextString = "Sở Tư pháp" }).First.GetAttributeAsync("value");
        await page.GetByLabel("Đơn vị").SelectOptionAsync(agency!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.Locator("#canBo").WaitForAsync();
        (await page.Locator("#index766-summary-title").InnerTextAsync()).ShouldStartWith("Sở Tư pháp");

        var officers = page.Locator("#canBo option");
        (await officers.CountAsync()).ShouldBeGreaterThan(1);
        var officer = await officers.Nth(1).GetAttributeAsync("value");
        var name = (await officers.Nth(1).InnerTextAsync()).Split(" (")[0];
        await page.Locator("#canBo").SelectOptionAsync(officer!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.GetByText($"Chỉ số của cán bộ {name} ({officer})").WaitForAsync();
        (await page.Locator("#canBo").InputValueAsync()).ShouldBe(officer);
        await Browser.ScreenshotAsync(page, "index-766-officer");
        await page.ShouldBeAccessibleAsync();
    }
}
