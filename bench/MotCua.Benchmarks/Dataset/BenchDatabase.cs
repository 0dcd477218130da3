using Microsoft.EntityFrameworkCore;
using MotCua.Web.Persistence;

namespace MotCua.Benchmarks.Dataset;

/// <summary>The application's context on either provider, for a generated database.</summary>
internal static class BenchDatabase
{
    /// <summary>Where the reporting benchmarks find the generated databases.</summary>
    public const string SqliteVariable = "MOTCUA_BENCH_SQLITE";

    public const string PostgresVariable = "MOTCUA_BENCH_POSTGRES";

    public static MotCuaDbContext Open(string provider, string database) => provider switch
    {
        "sqlite" => new SqliteMotCuaDbContext(new DbContextOptionsBuilder<SqliteMotCuaDbContext>().UseSqlite($"Data Source={database}").Options),
        "postgres" => new PostgresMotCuaDbContext(new DbContextOptionsBuilder<PostgresMotCuaDbContext>().UseNpgsql(database).Options),
        _ => throw new ArgumentException($"Unknown provider '{provider}': use sqlite or postgres."),
    };
}
