using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Domain.Rollups;

namespace MotCua.Reporting.Features.Rollups;

/// <summary>The row a change adds to: a subtree, the procedure ("" for unit-wide rows), a grain and its first day, a counter.</summary>
internal readonly record struct RollupKey(string UnitPath, string Procedure, RollupGrain Grain, DateOnly Start, RollupCounter Counter);

/// <summary>
/// Changes to the rollups, gathered from facts before and after a projection: a fact's events are added to its processing
/// unit's rows and to each ancestor's, by day and by month.
/// </summary>
internal sealed class RollupDeltas
{
    private readonly Dictionary<RollupKey, long> _values = [];

    public IEnumerable<KeyValuePair<RollupKey, long>> NonZero => _values.Where(v => v.Value != 0);

    public int Count => _values.Count;

    public void Add(DossierFact fact) => Apply(fact, 1);

    public void Subtract(DossierFact fact) => Apply(fact, -1);

    /// <summary>"/HN/SOTP/PHONG1/" lies under "/HN/", "/HN/SOTP/" and itself.</summary>
    public static IEnumerable<string> SelfAndAncestors(string path)
    {
        for (var end = path.IndexOf('/', 1); end >= 0; end = path.IndexOf('/', end + 1))
        {
            yield return path[..(end + 1)];
        }
    }

    private void Apply(DossierFact fact, int sign)
    {
        if (fact.ProcessingUnitPath.Length == 0)
        {
            return;
        }

        var paths = SelfAndAncestors(fact.ProcessingUnitPath).ToArray();
        foreach (var e in RollupEvents.Of(fact))
        {
            var month = new DateOnly(e.Day.Year, e.Day.Month, 1);
            foreach (var path in paths)
            {
                Raise(new RollupKey(path, e.Procedure ?? string.Empty, RollupGrain.Day, e.Day, e.Counter), sign * e.Value);
                Raise(new RollupKey(path, e.Procedure ?? string.Empty, RollupGrain.Month, month, e.Counter), sign * e.Value);
            }
        }
    }

    /// <summary>Removes and returns the changes of rows outside the subtrees that <paramref name="keep"/> lies in.</summary>
    public RollupDeltas TakeAllBut(string keep)
    {
        var taken = new RollupDeltas();
        foreach (var key in _values.Keys.Where(k => !keep.StartsWith(k.UnitPath, StringComparison.Ordinal)).ToList())
        {
            taken._values[key] = _values[key];
            _values.Remove(key);
        }

        return taken;
    }

    private void Raise(RollupKey key, long value)
    {
        _values.TryGetValue(key, out var current);
        _values[key] = current + value;
    }
}

/// <summary>
/// Writes rollup changes as upserts that add to the stored value (<c>INSERT … ON CONFLICT … DO UPDATE</c>, the same text
/// on SQLite and PostgreSQL), in the caller's transaction: two projections touching the same day add up instead of one
/// overwriting the other.
/// </summary>
internal sealed class RollupStore(DbContext db)
{
    // Six parameters a row: well under SQLite's 32,766 and PostgreSQL's 65,535 per statement.
    private const int RowsPerStatement = 1000;

    public async Task ApplyAsync(RollupDeltas deltas, CancellationToken cancellationToken)
    {
        var changes = deltas.NonZero.ToList();
        await UpsertAsync<UnitRollup>(changes.Where(c => c.Key.Procedure.Length == 0), cancellationToken);
        await UpsertAsync<ProcedureRollup>(changes.Where(c => c.Key.Procedure.Length > 0), cancellationToken);
    }

    /// <summary>
    /// Fills the rollups of a database that has facts but none yet (the upgrade that introduced them): a migration cannot
    /// compute a dossier's events, and figures read from empty rollups would be silently wrong.
    /// </summary>
    public async Task EnsureBuiltAsync(CancellationToken cancellationToken)
    {
        if (!await db.Set<UnitRollup>().AnyAsync(cancellationToken) && await db.Set<DossierFact>().AnyAsync(cancellationToken))
        {
            await RebuildAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Recomputes both tables from the facts in one transaction. Units are read in path order, so a unit's subtree is
    /// contiguous and its rows can be written once the reading leaves it: memory holds one unit's days and its ancestors'.
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<UnitRollup>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<ProcedureRollup>().ExecuteDeleteAsync(cancellationToken);
        var paths = (await db.Set<DossierFact>().Select(f => f.ProcessingUnitPath).Distinct().ToListAsync(cancellationToken))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pending = new RollupDeltas();
        foreach (var path in paths)
        {
            await ApplyAsync(pending.TakeAllBut(path), cancellationToken);
            await foreach (var fact in db.Set<DossierFact>().AsNoTracking().Where(f => f.ProcessingUnitPath == path).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                pending.Add(fact);
            }
        }

        await ApplyAsync(pending, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task UpsertAsync<T>(IEnumerable<KeyValuePair<RollupKey, long>> changes, CancellationToken cancellationToken)
        where T : Rollup
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var withProcedure = typeof(T) == typeof(ProcedureRollup);
        string[] keyColumns = withProcedure
            ? [Column(entity, nameof(Rollup.UnitPath)), Column(entity, nameof(ProcedureRollup.ProcedureCode)), Column(entity, nameof(Rollup.Grain)), Column(entity, nameof(Rollup.Start)), Column(entity, nameof(Rollup.Counter))]
            : [Column(entity, nameof(Rollup.UnitPath)), Column(entity, nameof(Rollup.Grain)), Column(entity, nameof(Rollup.Start)), Column(entity, nameof(Rollup.Counter))];
        var table = Quote(entity.GetTableName()!);
        var value = Column(entity, nameof(Rollup.Value));
        var prefix = $"INSERT INTO {table} ({string.Join(", ", keyColumns)}, {value}) VALUES ";
        var suffix = $" ON CONFLICT ({string.Join(", ", keyColumns)}) DO UPDATE SET {value} = {table}.{value} + excluded.{value}";

        foreach (var chunk in changes.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder(prefix);
            var parameters = new List<object>(chunk.Length * (keyColumns.Length + 1));
            foreach (var (key, delta) in chunk)
            {
                sql.Append(parameters.Count == 0 ? "(" : ", (");
                object[] row = withProcedure
                    ? [key.UnitPath, key.Procedure, (int)key.Grain, key.Start, (int)key.Counter, delta]
                    : [key.UnitPath, (int)key.Grain, key.Start, (int)key.Counter, delta];
                for (var i = 0; i < row.Length; i++)
                {
                    sql.Append(i == 0 ? "{" : ", {").Append(parameters.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
                    parameters.Add(row[i]);
                }

                sql.Append(')');
            }

            sql.Append(suffix);
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }

    private static string Column(IEntityType entity, string property) =>
        Quote(entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!);

    private static string Quote(string name) => $"\"{name}\"";
}
