using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Kernel.Files;
using MotCua.Kernel.Persistence;

namespace MotCua.Web.Persistence;

/// <summary>
/// Chooses the database: <c>MOTCUA_DATABASE=postgres</c> (or <c>Database:Provider</c>) with
/// <c>ConnectionStrings:MotCua</c>; otherwise SQLite under the data directory.
/// </summary>
internal static class DatabaseSetup
{
    public static string DataDirectory(IConfiguration configuration)
    {
        var directory = Path.GetFullPath(configuration["MOTCUA_DATA"] ?? configuration["Storage:DataDirectory"] ?? "data");
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static IServiceCollection AddMotCuaDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("MotCua");
        switch (DatabaseProviders.From(configuration))
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("MOTCUA_DATABASE=postgres needs ConnectionStrings__MotCua.");
                }

                services.AddDbContext<MotCuaDbContext, PostgresMotCuaDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                connectionString ??= $"Data Source={Path.Combine(DataDirectory(configuration), "motcua.db")}";
                services.AddDbContext<MotCuaDbContext, SqliteMotCuaDbContext>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
        }

        services.AddScoped<DbContext>(sp => sp.GetRequiredService<MotCuaDbContext>());
        var files = Path.Combine(DataDirectory(configuration), "files");
        services.AddSingleton<IFileStore>(sp => new LocalFileStore(files, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMotCuaDbContext>
{
    public SqliteMotCuaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMotCuaDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMotCuaDbContext>
{
    public PostgresMotCuaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMotCuaDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
