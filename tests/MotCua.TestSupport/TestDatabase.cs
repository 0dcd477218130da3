using Npgsql;

namespace MotCua.TestSupport;

/// <summary>A fresh database for one test application: a temporary SQLite file or a new PostgreSQL database.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>Connection string of a PostgreSQL server the tests may create databases on (CI sets it).</summary>
    public const string PostgresVariable = "MOTCUA_TEST_POSTGRES";

    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _directory = Directory.CreateTempSubdirectory("motcua-test-").FullName;

    public override string Provider => "sqlite";

    public override string ConnectionString => $"Data Source={Path.Combine(_directory, "motcua.db")};Pooling=False";

    public string DataDirectory => _directory;

    public override ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing request is left for the OS to clean up.
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name = "motcua_test_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresTestDatabase(string server) => _server = server;

    public override string Provider => "postgres";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static async Task<PostgresTestDatabase> CreateAsync(string server)
    {
        var database = new PostgresTestDatabase(server);
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
