using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MotCua.Reporting.Domain;
using Npgsql;
using NpgsqlTypes;

namespace MotCua.Benchmarks.Dataset;

/// <summary>
/// Bulk load of <see cref="DossierFact"/> rows, bypassing the change tracker. Table, columns, column order and value
/// conversions are read from the application's EF model (the same one its migrations were generated from), so the
/// loader follows the real table rather than a copy of its shape.
/// </summary>
internal static class FactBulkLoader
{
    public static async Task<long> LoadAsync(DbContext db, IEnumerable<DossierFact> facts, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(DossierFact)) ?? throw new InvalidOperationException("DossierFact is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table) ?? throw new InvalidOperationException($"{p.Name} has no column."), p.GetRelationalTypeMapping()))
            .ToArray();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return connection switch
            {
                NpgsqlConnection npgsql => await CopyAsync(npgsql, table.Name, columns, facts, ct),
                SqliteConnection sqlite => await InsertAsync(sqlite, table.Name, columns, facts, ct),
                _ => throw new NotSupportedException(connection.GetType().Name),
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>PostgreSQL: one binary COPY for every row.</summary>
    private static async Task<long> CopyAsync(NpgsqlConnection connection, string table, Column[] columns, IEnumerable<DossierFact> facts, CancellationToken ct)
    {
        var columnList = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {Quote(table)} ({columnList}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var fact in facts)
        {
            await writer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                switch (column.ProviderValue(fact))
                {
                    case null:
                        await writer.WriteNullAsync(ct);
                        break;
                    case Guid value:
                        await writer.WriteAsync(value, NpgsqlDbType.Uuid, ct);
                        break;
                    case string value:
                        await writer.WriteAsync(value, NpgsqlDbType.Varchar, ct);
                        break;
                    case int value:
                        await writer.WriteAsync(value, NpgsqlDbType.Integer, ct);
                        break;
                    case bool value:
                        await writer.WriteAsync(value, NpgsqlDbType.Boolean, ct);
                        break;
                    case double value:
                        await writer.WriteAsync(value, NpgsqlDbType.Double, ct);
                        break;
                    case DateOnly value:
                        await writer.WriteAsync(value, NpgsqlDbType.Date, ct);
                        break;
                    case DateTime value:
                        await writer.WriteAsync(value, NpgsqlDbType.TimestampTz, ct);
                        break;
                    case var other:
                        throw new NotSupportedException($"{column.Name}: {other.GetType().Name}");
                }
            }
        }

        return (long)await writer.CompleteAsync(ct);
    }

    /// <summary>SQLite: one prepared INSERT in transactions of 50,000 rows, WAL journal and no fsync during the load.</summary>
    private static async Task<long> InsertAsync(SqliteConnection connection, string table, Column[] columns, IEnumerable<DossierFact> facts, CancellationToken ct)
    {
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;", ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        // The EF type mapping configures each parameter as the application's own commands would (e.g. GUIDs as text).
        var parameters = columns.Select((c, i) => (DbParameter)c.Mapping.CreateParameter(command, $"@p{i}", null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        var rows = 0L;
        var transaction = connection.BeginTransaction();
        try
        {
            command.Transaction = transaction;
            await command.PrepareAsync(ct);
            foreach (var fact in facts)
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    parameters[i].Value = columns[i].ProviderValue(fact) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(ct);
                if (++rows % 50_000 == 0)
                {
                    await transaction.CommitAsync(ct);
                    await transaction.DisposeAsync();
                    transaction = connection.BeginTransaction();
                    command.Transaction = transaction;
                }
            }

            await transaction.CommitAsync(ct);
        }
        finally
        {
            await transaction.DisposeAsync();
        }

        await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL; PRAGMA wal_checkpoint(TRUNCATE);", ct);
        return rows;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string name) => $"\"{name}\"";

    private sealed class Column(IProperty property, string name, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping mapping)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly Func<object?, object?>? _toProvider = (mapping.Converter ?? property.GetValueConverter())?.ConvertToProvider;

        public string Name { get; } = name;

        public Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping Mapping { get; } = mapping;

        public object? ProviderValue(DossierFact fact)
        {
            var value = _getter.GetClrValue(fact);
            return value is null || _toProvider is null ? value : _toProvider(value);
        }
    }
}
