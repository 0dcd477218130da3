using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;

namespace MotCua.Catalog.Features.Browse;

public sealed record ProcessingTimeItem(SubmissionChannels? Channel, decimal Amount, TimeUnit Unit);

public sealed record FeeLine(FeeKind Kind, string Description, long? AmountDong, string? Rule, string? Exemptions);

public sealed record UnitRef(string Code, string Name);

public sealed record FieldRef(string Code, string Name);

/// <summary>One row of the public catalog: what a citizen needs to pick a procedure from a list.</summary>
public sealed record ProcedureListItem(
    string Code,
    string Name,
    FieldRef Field,
    UnitRef Agency,
    CompetenceLevels Levels,
    SubmissionChannels Channels,
    OnlineServiceLevel OnlineLevel,
    IReadOnlyList<ProcessingTimeItem> ProcessingTimes,
    IReadOnlyList<FeeLine> Fees,
    int Version,
    DateOnly EffectiveFrom);

/// <summary>A published version joined to its procedure's code; a member-init shape so queries can keep composing on it.</summary>
internal sealed class PublishedRow
{
    public string Code { get; init; } = string.Empty;

    public int Number { get; init; }

    public string Name { get; init; } = string.Empty;

    public string FieldCode { get; init; } = string.Empty;

    public Guid UnitId { get; init; }

    public CompetenceLevels Levels { get; init; }

    public OnlineServiceLevel OnlineLevel { get; init; }

    public string SearchText { get; init; } = string.Empty;

    public string ContentJson { get; init; } = "{}";

    public DateOnly? EffectiveFrom { get; init; }
}

/// <summary>The procedures the public may see: published versions in force on a given day, never drafts.</summary>
internal static class PublishedProcedures
{
    public static IQueryable<PublishedRow> ValidOn(DbContext db, DateOnly day) =>
        from v in db.Set<ProcedureVersion>().AsNoTracking()
        join p in db.Set<Procedure>().AsNoTracking() on v.ProcedureId equals p.Id
        where v.Status != VersionStatus.Draft
              && v.EffectiveFrom != null && v.EffectiveFrom <= day
              && (v.EffectiveTo == null || day <= v.EffectiveTo)
              && (p.RetiredOn == null || day < p.RetiredOn)
        select new PublishedRow
        {
            Code = p.Code,
            Number = v.Number,
            Name = v.Name,
            FieldCode = v.FieldCode,
            UnitId = v.ImplementingUnitId,
            Levels = v.Levels,
            OnlineLevel = v.OnlineLevel,
            SearchText = v.SearchText,
            ContentJson = v.ContentJson,
            EffectiveFrom = v.EffectiveFrom,
        };

    public static async Task<IReadOnlyDictionary<string, string>> FieldNamesAsync(DbContext db, CancellationToken cancellationToken) =>
        await db.Set<ProcedureField>().AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.Name, StringComparer.Ordinal, cancellationToken);

    public static ProcedureListItem ToListItem(
        PublishedRow row, IReadOnlyDictionary<string, string> fieldNames, IReadOnlyDictionary<Guid, UnitSummary> units)
    {
        var content = JsonSerializer.Deserialize<ProcedureContent>(row.ContentJson, ProcedureVersion.JsonOptions)!;
        return new ProcedureListItem(
            row.Code,
            row.Name,
            FieldOf(row.FieldCode, fieldNames),
            UnitOf(row.UnitId, units),
            row.Levels,
            content.Channels,
            row.OnlineLevel,
            TimesOf(content),
            FeesOf(content),
            row.Number,
            row.EffectiveFrom!.Value);
    }

    public static FieldRef FieldOf(string code, IReadOnlyDictionary<string, string> fieldNames) =>
        new(code, fieldNames.GetValueOrDefault(code) ?? code);

    public static UnitRef UnitOf(Guid id, IReadOnlyDictionary<Guid, UnitSummary> units) =>
        units.TryGetValue(id, out var unit) ? new UnitRef(unit.Code, unit.Name) : new UnitRef(string.Empty, string.Empty);

    public static IReadOnlyList<ProcessingTimeItem> TimesOf(ProcedureContent content) =>
        content.ProcessingTimes.Select(t => new ProcessingTimeItem(t.Channel, t.Amount, t.Unit)).ToList();

    public static IReadOnlyList<FeeLine> FeesOf(ProcedureContent content) =>
        content.Fees.Select(f => new FeeLine(f.Kind, f.Description, f.AmountDong, f.Rule, f.Exemptions)).ToList();
}
