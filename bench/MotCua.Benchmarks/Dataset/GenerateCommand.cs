using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Domain;
using MotCua.Reporting.Domain.Rollups;
using MotCua.Reporting.Features.Rollups;
using MotCua.Web.Persistence;

namespace MotCua.Benchmarks.Dataset;

/// <summary>
/// <c>generate</c>: creates a database by migrating it with the application's own context, then fills it with a
/// <see cref="ProvinceDataset"/>. Options: <c>--provider sqlite|postgres</c>, <c>--database</c> (a file for SQLite, a
/// connection string for PostgreSQL), <c>--dossiers</c> (default 1,000,000), <c>--seed</c> (default 2026),
/// <c>--from</c> / <c>--to</c> (local days of receipt, default 2024-11-01 to 2026-10-31). The database is recreated.
/// </summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options(args);
        var provider = options.GetValueOrDefault("provider", "sqlite");
        var database = options.GetValueOrDefault("database") ?? throw new ArgumentException("--database is required (a file for SQLite, a connection string for PostgreSQL).");
        var dossiers = int.Parse(options.GetValueOrDefault("dossiers", "1000000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(options.GetValueOrDefault("seed", "2026"), CultureInfo.InvariantCulture);
        var from = DateOnly.Parse(options.GetValueOrDefault("from", "2024-11-01"), CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(options.GetValueOrDefault("to", "2026-10-31"), CultureInfo.InvariantCulture);

        await using var db = BenchDatabase.Open(provider, database);
        var clock = Stopwatch.StartNew();
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        Console.WriteLine($"Migrated a new {provider} database in {clock.Elapsed.TotalSeconds:F1} s.");

        var dataset = new ProvinceDataset(seed, from, to);
        await SeedCatalogAsync(db, dataset);
        Console.WriteLine($"{dataset.Units.Count()} units, {dataset.Fields.Count} fields, {dataset.Procedures.Count} procedures.");

        clock.Restart();
        var rows = await FactBulkLoader.LoadAsync(db, dataset.Dossiers(dossiers), CancellationToken.None);
        var load = clock.Elapsed;
        Console.WriteLine($"Loaded {rows:N0} dossier facts in {load.TotalSeconds:F1} s: {rows / load.TotalSeconds:N0} rows/s (generation included).");

        clock.Restart();
        await new RollupStore(db).RebuildAsync(CancellationToken.None);
        var rollups = await db.Set<UnitRollup>().CountAsync() + await db.Set<ProcedureRollup>().CountAsync();
        Console.WriteLine($"Built {rollups:N0} rollup rows in {clock.Elapsed.TotalSeconds:F1} s.");

        clock.Restart();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.WriteLine($"Statistics updated in {clock.Elapsed.TotalSeconds:F1} s; as of {dataset.AsOfUtc:u}.");
        SqliteConnection.ClearAllPools();
        return 0;
    }

    private static async Task SeedCatalogAsync(MotCuaDbContext db, ProvinceDataset dataset)
    {
        var now = dataset.FirstDay.AddYears(-1).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        db.AddRange(dataset.Units);
        db.AddRange(dataset.Fields.Select(f => ProcedureField.Create(f.Code, f.Name)));
        foreach (var synthetic in dataset.Procedures)
        {
            var implementing = synthetic.Agency ?? (synthetic.Level == CompetenceLevels.District ? dataset.Districts[0] : dataset.Communes[0][0]);
            var content = new ProcedureContent
            {
                Name = $"Thủ tục {synthetic.Code} thuộc lĩnh vực {dataset.Fields.First(f => f.Code == synthetic.FieldCode).Name}",
                FieldCode = synthetic.FieldCode,
                Levels = synthetic.Level,
                ImplementingUnitId = implementing.Id,
                Channels = SubmissionChannels.Direct | SubmissionChannels.Postal | (synthetic.OnlineCapable ? SubmissionChannels.Online : 0),
                ProcessingTimes = [new ProcessingTime { Amount = synthetic.LimitWorkingDays }],
                Fees = synthetic.FeeBearing ? [new FeeItem { Description = "Lệ phí", AmountDong = 50_000 }] : [],
                Components = [new DossierComponent { Name = "Tờ khai", Originals = 1 }],
                Sequence = "Nộp hồ sơ; xử lý; trả kết quả.",
                Subjects = "Công dân, tổ chức",
                ResultType = "Quyết định",
                PaperResult = synthetic.PaperResult,
                LegalBases = [new LegalBasis { Number = "01/2024/NĐ-CP", Title = "Nghị định" }],
                OnlineLevel = synthetic.OnlineCapable ? OnlineServiceLevel.Partial : OnlineServiceLevel.None,
            };
            var procedure = Procedure.Create(synthetic.Id, synthetic.Code, content, now, isDemo: false).Value
                ?? throw new InvalidOperationException($"Procedure {synthetic.Code} is invalid.");
            var published = procedure.Publish(
                new PublicationDecision { Number = "1/QĐ-UBND", SignedOn = DateOnly.FromDateTime(now), Signer = "Chủ tịch", EffectiveOn = DateOnly.FromDateTime(now) },
                now);
            if (!published.IsSuccess)
            {
                throw new InvalidOperationException($"Procedure {synthetic.Code} cannot be published: {published.Error}");
            }

            db.Add(procedure);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            options[args[i][2..]] = args[i + 1];
        }

        return options;
    }
}
