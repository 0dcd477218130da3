using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Domain;

namespace MotCua.Catalog.Features.Browse;

public sealed record FieldItem(string Code, string Name, int ProcedureCount);

/// <summary>Lĩnh vực with the number of procedures in force on a day; fields with none are listed with 0.</summary>
internal sealed class ListFieldsHandler(DbContext db)
{
    public async Task<IReadOnlyList<FieldItem>> HandleAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var counts = await PublishedProcedures.ValidOn(db, day)
            .GroupBy(r => r.FieldCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var fields = await db.Set<ProcedureField>().AsNoTracking().ToListAsync(cancellationToken);
        return fields
            .Select(f => new FieldItem(f.Code, f.Name, counts.GetValueOrDefault(f.Code)))
            .OrderBy(f => f.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
            .ToList();
    }
}
