using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features;
using MotCua.Catalog.Domain;
using MotCua.Catalog.Features.Browse;
using MotCua.Web.Persistence;

namespace MotCua.Benchmarks;

/// <summary>
/// Deep pages of the public catalog on SQLite with <see cref="Procedures"/> procedures in force: the keyset handler
/// (<c>?after=</c>) against the usual OFFSET paging of the same query, same order, same page size.
/// </summary>
[MemoryDiagnoser]
[InProcess]
public class CatalogPagingBenchmarks
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private string _directory = string.Empty;
    private ServiceProvider _services = null!;
    private string _cursorCode = string.Empty;

    [Params(20_000)]
    public int Procedures { get; set; }

    /// <summary>Position of the requested page in the list (rows skipped).</summary>
    [Params(100, 10_000, 19_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _directory = Directory.CreateTempSubdirectory("motcua-bench-").FullName;
        var services = new ServiceCollection();
        services.AddDbContext<SqliteMotCuaDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(_directory, "bench.db")}"));
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<SqliteMotCuaDbContext>());
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<SearchProceduresHandler>();
        _services = services.BuildServiceProvider();

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SqliteMotCuaDbContext>();
        await db.Database.MigrateAsync();
        var unit = OrganisationUnit.Create(Guid.NewGuid(), "000.00.12.H40", "Sở Tư pháp", UnitKind.Province, null, 1, isDemo: true);
        db.Add(unit);
        db.Add(ProcedureField.Create("LLTP", "Lý lịch tư pháp"));
        var random = new Random(42);
        var now = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < Procedures; i++)
        {
            var content = new ProcedureContent
            {
                Name = $"Thủ tục {random.Next(1_000_000):D6} cấp giấy chứng nhận số {i}",
                FieldCode = "LLTP",
                Levels = CompetenceLevels.Province,
                ImplementingUnitId = unit.Id,
                Channels = SubmissionChannels.Direct | SubmissionChannels.Online,
                ProcessingTimes = [new ProcessingTime { Amount = 10 }],
                Fees = [new FeeItem { Description = "Lệ phí", AmountDong = 100_000 }],
                Components = [new DossierComponent { Name = "Tờ khai", Originals = 1 }],
                Sequence = "Nộp hồ sơ; xử lý; trả kết quả.",
                Subjects = "Công dân",
                ResultType = "Giấy chứng nhận",
                LegalBases = [new LegalBasis { Number = "01/2026/NĐ-CP", Title = "Nghị định" }],
                OnlineLevel = OnlineServiceLevel.Partial,
            };
            var procedure = Procedure.Create(Guid.NewGuid(), $"9.{i:D6}", content, now, isDemo: true).Value!;
            procedure.Publish(new PublicationDecision { Number = "1/QĐ-UBND", SignedOn = new DateOnly(2026, 1, 1), Signer = "Chủ tịch", EffectiveOn = new DateOnly(2026, 1, 1) }, now);
            db.Add(procedure);
            if (i % 2_000 == 1_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        _cursorCode = (await OffsetPageAsync(db, Depth - 1, 1))[0];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> OffsetPaging()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SqliteMotCuaDbContext>();
        return (await OffsetPageAsync(db, Depth, 20)).Count;
    }

    [Benchmark]
    public async Task<int> KeysetPaging()
    {
        await using var scope = _services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<SearchProceduresHandler>();
        var page = await handler.HandleAsync(new SearchCriteria([], null, null, null, null, Today, _cursorCode, 20), CancellationToken.None);
        return page.Value!.Items.Count;
    }

    /// <summary>The same rows as the handler, fetched the way most systems page: ORDER BY … OFFSET n.</summary>
    private static Task<List<string>> OffsetPageAsync(DbContext db, int skip, int take) =>
        db.Set<ProcedureVersion>()
            .Where(v => v.EffectiveFrom <= Today && (v.EffectiveTo == null || v.EffectiveTo >= Today))
            .Join(db.Set<Procedure>().Where(p => p.RetiredOn == null || p.RetiredOn > Today), v => v.ProcedureId, p => p.Id, (v, p) => new { v.Name, p.Code })
            .OrderBy(r => r.Name).ThenBy(r => r.Code)
            .Skip(skip).Take(take)
            .Select(r => r.Code)
            .ToListAsync();
}
