// TEMPORARY: the shape of the lead's "Reporting foundation:" commit, so that the statutory report compiles before it
// lands. Deleted when main is merged.
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;

namespace MotCua.Reporting.Features.Facts;

public sealed record ReportWindow(DateOnly From, DateOnly To, DateTime StartUtc, DateTime EndUtc, DateTime AsOfUtc);

public interface IFactMeasure
{
    string Key { get; }

    string Label { get; }

    Expression<Func<DossierFact, bool>> Predicate(ReportWindow w);
}

public sealed record ReportScope(string UnitPath, string? ProcedureCode = null, string? FieldCode = null, int? Channel = null, string? Officer = null);

internal static class ReportWindows
{
    public static ReportWindow Create(DateOnly from, DateOnly to, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        var start = VietnamTime.At(from, TimeOnly.MinValue).UtcDateTime;
        var end = VietnamTime.At(to.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        var now = time.GetUtcNow().UtcDateTime;
        return new ReportWindow(from, to, start, end, now < end ? now : end);
    }
}

internal static class FactMeasureRegistration
{
    public static IServiceCollection AddFactMeasure<T>(this IServiceCollection services)
        where T : class, IFactMeasure
    {
        services.AddSingleton<IFactMeasure, T>();
        return services;
    }
}

internal static class DrillDown
{
    public static string Url(string key, Guid unitId, ReportWindow window, string? procedure = null, string? field = null) =>
        string.Create(CultureInfo.InvariantCulture, $"/bao-cao/ho-so?chiSo={Uri.EscapeDataString(key)}&donVi={unitId}&tu={window.From:yyyy-MM-dd}&den={window.To:yyyy-MM-dd}")
        + (procedure is null ? string.Empty : "&thuTuc=" + Uri.EscapeDataString(procedure))
        + (field is null ? string.Empty : "&linhVuc=" + Uri.EscapeDataString(field));
}

internal static class FactQueries
{
    public static IQueryable<DossierFact> InScope(this IQueryable<DossierFact> facts, ReportScope scope)
    {
        facts = facts.Where(f => f.ProcessingUnitPath.StartsWith(scope.UnitPath));
        if (scope.FieldCode is { } field)
        {
            facts = facts.Where(f => f.FieldCode == field);
        }

        return facts;
    }
}

internal sealed class FactCounter(DbContext db)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>> CountByAsync(
        ReportScope scope, Expression<Func<DossierFact, string>> dimension, IReadOnlyList<IFactMeasure> measures, ReportWindow window, CancellationToken ct)
    {
        var result = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var measure in measures)
        {
            var rows = await db.Set<DossierFact>().AsNoTracking().InScope(scope).Where(measure.Predicate(window))
                .GroupBy(dimension).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
            foreach (var row in rows)
            {
                if (!result.TryGetValue(row.Key, out var counts))
                {
                    result[row.Key] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
                }

                counts[measure.Key] = row.Count;
            }
        }

        return result.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, long>)r.Value, StringComparer.Ordinal);
    }
}
