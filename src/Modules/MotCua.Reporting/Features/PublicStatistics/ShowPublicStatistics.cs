using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.PublicStatistics;

/// <summary>Received, resolved, resolved on time (and its share) and the average real processing time of a set of dossiers.</summary>
public sealed record PublicFigures(long Received, long Resolved, long ResolvedOnTime, double? AverageWorkingDays)
{
    /// <summary>Share of resolved dossiers resolved on time or early, percent with two decimals (B §1.2); none when nothing was resolved.</summary>
    public decimal? OnTimeShare => Resolved == 0 ? null : Math.Round(100m * ResolvedOnTime / Resolved, 2, MidpointRounding.AwayFromZero);
}

public sealed record PublicFieldFigures(string FieldCode, string FieldName, PublicFigures Figures);

public sealed record PublicStatistics(UnitSummary Unit, int Year, DateOnly From, DateOnly AsOf, PublicFigures Total, IReadOnlyList<PublicFieldFigures> Fields);

public sealed record PublicUnit(string Code, string Name, UnitKind Kind, int Depth);

/// <summary>
/// Public statistics of an agency for the current year, anonymous (figures only, never dossiers): what the unit and the
/// units below it received, resolved, resolved on time, and how long real processing took on average in working days,
/// paused time excluded (DossierFact.ProcessingWorkingDays, computed by the Dossiers module on the working calendar).
/// </summary>
internal sealed class ShowPublicStatisticsHandler(
    DbContext db, FactCounter counter, IOrganisationDirectory organisation, IProcedureCatalog catalog, BusinessClock clock)
{
    /// <summary>Resolved in the period, and not late by the B §1.4 rule (a second supplementation request is late).</summary>
    public static readonly IFactMeasure ResolvedOnTime = new FactMeasure(
        "cong-khai.dung-han", "Hồ sơ đã giải quyết đúng hạn, trước hạn trong kỳ",
        w => f => f.Outcome == FactOutcome.Resolved && f.EndedAtUtc >= w.StartUtc && f.EndedAtUtc < w.EndUtc
            && f.Timeliness != Timeliness.Late && !f.LateBySecondSupplement);

    /// <summary>Agencies that publish statistics: the province, its agencies, district committees and communes (not the phòng).</summary>
    public async Task<IReadOnlyList<PublicUnit>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await organisation.ListAsync(cancellationToken))
            .Where(u => u.Kind != UnitKind.Department)
            .Select(u => new PublicUnit(u.Code, u.Name, u.Kind, u.Path.Count(c => c == '/') - 2))];

    public async Task<Result<PublicStatistics>> HandleAsync(string? unitCode, CancellationToken cancellationToken)
    {
        var unit = string.IsNullOrWhiteSpace(unitCode) ? null : await organisation.FindByCodeAsync(unitCode.Trim(), cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("unit.not-found", "Không tìm thấy cơ quan, đơn vị này.");
        }

        var today = clock.Today;
        var window = ReportWindows.Of(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31), clock.UtcNow);
        var scope = new ReportScope(unit.Path);
        IReadOnlyList<IFactMeasure> counted = [BaseMeasures.Received, BaseMeasures.Resolved, ResolvedOnTime];
        var byField = await counter.CountByAsync(scope, f => f.FieldCode, counted, window, cancellationToken);

        var resolved = BaseMeasures.Resolved.Predicate(window);
        var averages = await db.Set<DossierFact>().AsNoTracking().InScope(scope).AliveIn(window).Where(resolved)
            .Where(f => f.ProcessingWorkingDays != null)
            .GroupBy(f => f.FieldCode)
            .Select(g => new { Field = g.Key, Sum = g.Sum(f => f.ProcessingWorkingDays!.Value), Count = g.Count() })
            .ToListAsync(cancellationToken);

        var names = await catalog.FieldNamesAsync(cancellationToken);
        var fields = byField
            .Select(pair =>
            {
                var average = averages.FirstOrDefault(a => a.Field == pair.Key);
                return new PublicFieldFigures(pair.Key, names.GetValueOrDefault(pair.Key, pair.Key), Figures(pair.Value, average is null ? null : (average.Sum, average.Count)));
            })
            .Where(f => f.Figures.Received > 0 || f.Figures.Resolved > 0)
            .OrderBy(f => f.FieldCode, StringComparer.Ordinal)
            .ToList();
        var sum = averages.Sum(a => a.Sum);
        var count = averages.Sum(a => a.Count);
        var total = new PublicFigures(
            fields.Sum(f => f.Figures.Received), fields.Sum(f => f.Figures.Resolved), fields.Sum(f => f.Figures.ResolvedOnTime),
            count == 0 ? null : Math.Round(sum / count, 1));
        return new PublicStatistics(unit, today.Year, window.From, today, total, fields);
    }

    private static PublicFigures Figures(IReadOnlyDictionary<string, long> counts, (double Sum, int Count)? average) =>
        new(counts[BaseMeasures.Received.Key], counts[BaseMeasures.Resolved.Key], counts[ResolvedOnTime.Key],
            average is { Count: > 0 } a ? Math.Round(a.Sum / a.Count, 1) : null);
}

internal static class PublicStatisticsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/statistics/units", async (ShowPublicStatisticsHandler handler, CancellationToken cancellationToken) =>
                Results.Ok(await handler.ListAsync(cancellationToken)))
            .AllowAnonymous()
            .WithName("ListUnitsWithPublicStatistics")
            .WithSummary("Các cơ quan, đơn vị công khai số liệu giải quyết thủ tục hành chính");
        api.MapGet("/statistics/units/{code}", async (string code, ShowPublicStatisticsHandler handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(code, cancellationToken);
                return result.IsSuccess ? Results.Ok(result.Value) : result.Error.ToProblem();
            })
            .AllowAnonymous()
            .WithName("ShowPublicStatistics")
            .WithSummary("Số liệu giải quyết thủ tục hành chính trong năm của một cơ quan (công khai)");
    }
}
