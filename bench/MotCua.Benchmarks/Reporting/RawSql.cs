using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Benchmarks.Reporting;

/// <summary>
/// The baselines: the same figures as <see cref="BenchMeasures"/>, written by hand as one plain conditional-aggregate
/// statement each (the same text runs on SQLite and PostgreSQL). Outcome codes: 0 not received, 1 in progress,
/// 2 resolved, 3 refused, 4 withdrawn, 5 stopped; timeliness 1 early, 2 on time, 3 late.
/// </summary>
internal static class RawSql
{
    private const string IndexSql = """
        SELECT
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" < @end AND ("EndedAtUtc" IS NULL OR "EndedAtUtc" >= @start) AND "Outcome" NOT IN (0, 3)),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" < @end AND "Outcome" NOT IN (0, 3) AND NOT "LateBySecondSupplement"
            AND (("EndedAtUtc" >= @start AND "EndedAtUtc" < @end AND "Timeliness" IN (1, 2))
              OR (("EndedAtUtc" IS NULL OR "EndedAtUtc" >= @asof) AND ("DueAtUtc" IS NULL OR "DueAtUtc" >= @asof)))),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND "SyncedToNationalPortal"),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND "Channel" = 2 AND (NOT "ResultIsDocument" OR "HasElectronicResult")),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND "FeeBearing"),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND "FeeBearing" AND "SyncedToNationalPortal" AND "OnlinePaymentPlatform" IN (1, 2)),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND "ComponentsDigitized" AND "HasElectronicResult"),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND "ReusedDigitizedData"),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND "TakenFromWallet"),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND ("VneidVerified" OR "TakenFromWallet")),
          COUNT(*) FILTER (WHERE "Outcome" = 2 AND "EndedAtUtc" >= @start AND "EndedAtUtc" < @end AND "Satisfaction" = 1),
          COUNT(*) FILTER (WHERE "Outcome" = 2 AND "EndedAtUtc" >= @start AND "EndedAtUtc" < @end),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" < @asof AND ("EndedAtUtc" IS NULL OR "EndedAtUtc" >= @asof) AND "Outcome" NOT IN (0, 3) AND "DueAtUtc" < @asof)
        FROM reporting_dossier_facts
        WHERE "ProcessingUnitPath" >= @prefix AND "ProcessingUnitPath" < @prefixEnd
        """;

    private const string Report06Sql = """
        SELECT "FieldCode", "ProcessingUnitPath",
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND "Channel" = 2),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" >= @start AND "ReceivedAtUtc" < @end AND "Channel" <> 2),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" < @start AND ("EndedAtUtc" IS NULL OR "EndedAtUtc" >= @start) AND "Outcome" NOT IN (0, 3)),
          COUNT(*) FILTER (WHERE "Outcome" = 2 AND "EndedAtUtc" >= @start AND "EndedAtUtc" < @end),
          COUNT(*) FILTER (WHERE "Outcome" = 2 AND "EndedAtUtc" >= @start AND "EndedAtUtc" < @end AND "Timeliness" = 1 AND NOT "LateBySecondSupplement"),
          COUNT(*) FILTER (WHERE "Outcome" = 2 AND "EndedAtUtc" >= @start AND "EndedAtUtc" < @end AND "Timeliness" = 2 AND NOT "LateBySecondSupplement"),
          COUNT(*) FILTER (WHERE "Outcome" = 2 AND "EndedAtUtc" >= @start AND "EndedAtUtc" < @end AND ("Timeliness" = 3 OR "LateBySecondSupplement")),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" < @asof AND ("EndedAtUtc" IS NULL OR "EndedAtUtc" >= @asof) AND "Outcome" NOT IN (0, 3)),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" < @asof AND ("EndedAtUtc" IS NULL OR "EndedAtUtc" >= @asof) AND "Outcome" NOT IN (0, 3) AND ("DueAtUtc" IS NULL OR "DueAtUtc" >= @asof)),
          COUNT(*) FILTER (WHERE "ReceivedAtUtc" < @asof AND ("EndedAtUtc" IS NULL OR "EndedAtUtc" >= @asof) AND "Outcome" NOT IN (0, 3) AND "DueAtUtc" < @asof),
          COUNT(*) FILTER (WHERE "Outcome" IN (4, 5) AND "EndedAtUtc" >= @start AND "EndedAtUtc" < @end)
        FROM reporting_dossier_facts
        WHERE "ProcessingUnitPath" >= @prefix AND "ProcessingUnitPath" < @prefixEnd
        GROUP BY "FieldCode", "ProcessingUnitPath"
        """;

    /// <summary>The index figures of one unit's subtree, keyed like <see cref="BenchMeasures.Index"/>.</summary>
    public static async Task<Dictionary<string, long>> IndexAsync(DbContext db, string unitPath, ReportWindow window)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        await QueryAsync(db, IndexSql, unitPath, window, reader =>
        {
            for (var i = 0; i < BenchMeasures.Index.Count; i++)
            {
                result[BenchMeasures.Index[i].Key] = reader.GetInt64(i);
            }
        });
        return result;
    }

    /// <summary>Biểu 06 counts per field and processing unit, keyed like <see cref="BenchMeasures.Report06"/>.</summary>
    public static async Task<List<(string Field, string UnitPath, long[] Counts)>> Report06Async(DbContext db, string unitPath, ReportWindow window)
    {
        var rows = new List<(string, string, long[])>();
        await QueryAsync(db, Report06Sql, unitPath, window, reader =>
        {
            var counts = new long[BenchMeasures.Report06.Count];
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] = reader.GetInt64(i + 2);
            }

            rows.Add((reader.GetString(0), reader.GetString(1), counts));
        });
        return rows;
    }

    private static async Task QueryAsync(DbContext db, string sql, string unitPath, ReportWindow window, Action<DbDataReader> read)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "@start", window.StartUtc);
            Add(command, "@end", window.EndUtc);
            Add(command, "@asof", window.AsOfUtc);
            // Paths end with '/', so a subtree is the key range [prefix, prefix with its last '/' raised to '0').
            Add(command, "@prefix", unitPath);
            Add(command, "@prefixEnd", string.Concat(unitPath.AsSpan(0, unitPath.Length - 1), "0"));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                read(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
