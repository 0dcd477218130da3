using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using MotCua.Web.Persistence;

namespace MotCua.Benchmarks.Dataset;

/// <summary>The application's context on either provider, for a generated database.</summary>
internal static class BenchDatabase
{
    /// <summary>Where the reporting benchmarks find the generated databases.</summary>
    public const string SqliteVariable = "MOTCUA_BENCH_SQLITE";

    public const string PostgresVariable = "MOTCUA_BENCH_POSTGRES";

    /// <summary>A context on <paramref name="database"/> (a file or a connection string) for <paramref name="provider"/>.</summary>
    /// <param name="provider">sqlite or postgres.</param>
    /// <param name="database">The SQLite file, or the PostgreSQL connection string.</param>
    /// <param name="log">Receives the SQL of each command executed, when given.</param>
    public static MotCuaDbContext Open(string provider, string database, Action<string>? log = null) => provider switch
    {
        "sqlite" => new SqliteMotCuaDbContext(Logged(new DbContextOptionsBuilder<SqliteMotCuaDbContext>().UseSqlite($"Data Source={database}"), log).Options),
        "postgres" => new PostgresMotCuaDbContext(Logged(new DbContextOptionsBuilder<PostgresMotCuaDbContext>().UseNpgsql(database), log).Options),
        _ => throw new ArgumentException($"Unknown provider '{provider}': use sqlite or postgres."),
    };

    private static DbContextOptionsBuilder<T> Logged<T>(DbContextOptionsBuilder<T> options, Action<string>? log)
        where T : DbContext =>
        log is null ? options : options.LogTo(log, [RelationalEventId.CommandExecuted], LogLevel.Information, DbContextLoggerOptions.None);
}
