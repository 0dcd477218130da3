using Microsoft.Extensions.Configuration;

namespace MotCua.Kernel.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The installation's database choice: <c>MOTCUA_DATABASE</c> (or <c>Database:Provider</c>), <c>sqlite</c> by default.
/// Read here once, by the host (which context to register) and by modules that keep state outside EF (the scheduler).
/// </summary>
public static class DatabaseProviders
{
    public static DatabaseProvider From(IConfiguration configuration)
    {
        var name = configuration["MOTCUA_DATABASE"] ?? configuration["Database:Provider"] ?? "sqlite";
        return name.Trim().ToUpperInvariant() switch
        {
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            "SQLITE" => DatabaseProvider.Sqlite,
            _ => throw new InvalidOperationException($"Unknown database provider '{name}': use 'sqlite' or 'postgres'."),
        };
    }
}
