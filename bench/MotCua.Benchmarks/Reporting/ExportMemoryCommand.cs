using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MotCua.Benchmarks.Dataset;
using MotCua.Reporting;
using MotCua.Reporting.Features.DrillDown;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Benchmarks.Reporting;

/// <summary>
/// <c>export-memory --provider sqlite|postgres --database …</c>: the drill-down CSV of every dossier the province resolved
/// in 2025, written to a null stream twice — streamed as the app does, then after loading the list (the usual way) —
/// sampling the managed heap every 5 ms. Peak heap is what bounds an export, and BenchmarkDotNet reports allocations,
/// not peaks.
/// </summary>
internal static class ExportMemoryCommand
{
    public static async Task<int> RunAsync(string[] options)
    {
        var provider = Option(options, "--provider") ?? "sqlite";
        var database = Option(options, "--database") ?? throw new ArgumentException("--database is required.");
        var text = new StringLocalizer<ReportingText>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
        var window = ReportWindows.Of(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), ReportWindows.StartOfDayUtc(new DateOnly(2026, 11, 1)));
        var measure = new FactMeasures(BaseMeasures.All).Find("ho-so.da-giai-quyet")!;

        foreach (var streamed in new[] { true, false, true })
        {
            await using var db = BenchDatabase.Open(provider, database);
            var root = await db.Set<MotCua.Administration.Domain.OrganisationUnit>().AsNoTracking().OrderBy(u => u.Path).Select(u => u.Path).FirstAsync();
            var rows = DrillDownHandler.Rows(DrillDownHandler.Facts(db, measure, new ReportScope(root), window).OrderBy(f => f.Code));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            using var sampling = new CancellationTokenSource();
            var peak = baseline;
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(5, CancellationToken.None);
                }
            });

            var clock = Stopwatch.StartNew();
            var source = streamed ? rows.AsAsyncEnumerable() : (await rows.ToListAsync()).ToAsyncEnumerable();
            var written = await DrillDownCsv.WriteAsync(Stream.Null, new DrillDownExport(measure.Key, measure.Label, "", window.From, window.To, source), text, CancellationToken.None);
            clock.Stop();
            await sampling.CancelAsync();
            await sampler;
            Console.WriteLine($"{provider,-8} {(streamed ? "streamed" : "loaded first"),-13} {written,9:N0} rows  {clock.Elapsed.TotalSeconds,6:N1} s  peak heap +{(peak - baseline) / 1048576.0,7:N1} MB");
        }

        return 0;
    }

    private static string? Option(string[] options, string name)
    {
        var at = Array.IndexOf(options, name);
        return at >= 0 && at + 1 < options.Length ? options[at + 1] : null;
    }
}
