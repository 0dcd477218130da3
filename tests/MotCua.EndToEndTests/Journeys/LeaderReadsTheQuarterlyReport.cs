using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Pages;
using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

/// <summary>The director of Sở Tư pháp opens Biểu 06 for Q4 2025, opens the dossiers behind a figure and downloads the form.</summary>
public sealed class LeaderReadsTheQuarterlyReport(Browser browser)
{
    private const string JusticePath = "/000.00.00.H40/000.00.12.H40/000.01.12.H40/";

    [Fact]
    public async Task The_leader_reads_biểu_06_follows_a_figure_to_its_dossiers_and_downloads_the_xlsx()
    {
        var field = "LLTP-" + Guid.NewGuid().ToString("N")[..6];
        await SeedAsync(field);
        var page = await browser.NewPageAsync();
        await new SignInPage(page).OpenAsync("/bao-cao/bieu-06?ky=quy4&nam=2025");
        await new SignInPage(page).SignInAsync("giamdoc.tuphap@motcua.demo");
        await page.WaitForURLAsync(url => url.Contains("/bao-cao/bieu-06", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        var row = page.Locator($"#bieu-06 tr[data-field='{field}']");
        (await row.Locator("a[data-measure='b06.resolved.late']").InnerTextAsync()).ShouldBe("1");
        (await row.Locator("a[data-measure='b06.received']").InnerTextAsync()).ShouldBe("3");
        (await page.Locator("#han-gui").InnerTextAsync()).ShouldContain("22/12/2025");
        await Browser.ScreenshotAsync(page, "bieu-06");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#tai-xlsx").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");

        await row.Locator("a[data-measure='b06.pending.overdue']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/bao-cao/ho-so", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.GetByText(field + "-003").CountAsync()).ShouldBeGreaterThan(0);
        (await page.GetByText(field + "-001").CountAsync()).ShouldBe(0);
    }

    private async Task SeedAsync(string field)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        DossierFact Fact(int n, int channel, FactOutcome outcome, string received, string? ended, Timeliness? timeliness, string? due) => new()
        {
            DossierId = Guid.NewGuid(),
            Code = $"{field}-{n:D3}",
            ProcessingUnitPath = JusticePath,
            DeskUnitPath = "/000.00.00.H40/",
            ProcedureCode = "1.001234",
            FieldCode = field,
            Channel = channel,
            Outcome = outcome,
            SubmittedOn = DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture),
            ReceivedOn = DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture),
            ReceivedAtUtc = VietnamTime.At(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(9, 0)).UtcDateTime,
            EndedOn = ended is null ? null : DateOnly.Parse(ended, System.Globalization.CultureInfo.InvariantCulture),
            EndedAtUtc = ended is null ? null : VietnamTime.At(DateOnly.Parse(ended, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(15, 0)).UtcDateTime,
            Timeliness = timeliness,
            DueAtUtc = due is null ? null : VietnamTime.At(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(17, 0)).UtcDateTime,
        };
        db.Set<DossierFact>().AddRange(
            Fact(1, 2, FactOutcome.Resolved, "2025-10-01", "2025-10-05", Timeliness.Early, "2025-10-10"),
            Fact(2, 1, FactOutcome.Resolved, "2025-10-02", "2025-11-20", Timeliness.Late, "2025-10-16"),
            Fact(3, 1, FactOutcome.InProgress, "2025-11-03", null, null, "2025-11-17"));
        await db.SaveChangesAsync();
    }
}
