using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;
using MotCua.Reporting.Domain.Periods;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>What a reader asks for: a unit (default: their own), a period kind and year, or a custom range.</summary>
public sealed record B06Request(Guid? Unit = null, string? Kind = null, int? Year = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A request checked against the reader's scope: the unit and the period, ready to count.</summary>
public sealed record B06Target(UnitSummary Unit, ReportPeriod Period);

/// <summary>
/// Biểu 06 (DOMAIN A9, B §4) for a unit in the reader's scope: one aggregate over the unit's facts, grouped by processing
/// unit and field, then folded into rows by level (the kind of the unit that handles the dossier) and field.
/// </summary>
internal sealed class B06ReportHandler(
    FactCounter counter,
    IEnumerable<IFactMeasure> measures,
    IOrganisationDirectory organisation,
    IProcedureCatalog catalog,
    IWorkingCalendarSource calendars,
    IOptions<ReportPeriodOptions> options,
    BusinessClock clock,
    TimeProvider time,
    IStringLocalizer<StatutoryText> text)
{
    /// <summary>A custom range spans at most five years: beyond that a "period" is no longer a report period.</summary>
    public const int MaxCustomDays = 5 * 366;

    private static readonly Dictionary<string, ReportPeriodKind> KindNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["q1"] = ReportPeriodKind.Q1,
        ["q2"] = ReportPeriodKind.Q2,
        ["q3"] = ReportPeriodKind.Q3,
        ["q4"] = ReportPeriodKind.Q4,
        ["quy1"] = ReportPeriodKind.Q1,
        ["quy2"] = ReportPeriodKind.Q2,
        ["quy3"] = ReportPeriodKind.Q3,
        ["quy4"] = ReportPeriodKind.Q4,
        ["6thang"] = ReportPeriodKind.SixMonths,
        ["sixmonths"] = ReportPeriodKind.SixMonths,
        ["9thang"] = ReportPeriodKind.NineMonths,
        ["ninemonths"] = ReportPeriodKind.NineMonths,
        ["nam"] = ReportPeriodKind.Year,
        ["year"] = ReportPeriodKind.Year,
        ["tuychon"] = ReportPeriodKind.Custom,
        ["custom"] = ReportPeriodKind.Custom,
    };

    private readonly IFactMeasure[] _measures = [.. B06Figures.Columns.Select(c => measures.Single(m => m.Key == B06Figures.MeasureKey(c)))];

    /// <summary>The kind's name in URLs (<c>quy1</c>, <c>6thang</c>, …).</summary>
    public static string KindName(ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Q1 => "quy1",
        ReportPeriodKind.Q2 => "quy2",
        ReportPeriodKind.Q3 => "quy3",
        ReportPeriodKind.Q4 => "quy4",
        ReportPeriodKind.SixMonths => "6thang",
        ReportPeriodKind.NineMonths => "9thang",
        ReportPeriodKind.Year => "nam",
        _ => "tuychon",
    };

    public async Task<Result<B06Report>> HandleAsync(ClaimsPrincipal user, B06Request request, CancellationToken cancellationToken)
    {
        var target = await ResolveAsync(user, request, cancellationToken);
        return target.IsSuccess ? await CountAsync(target.Value, cancellationToken) : target.Error;
    }

    /// <summary>Checks the request and the reader's scope; the period's due date comes from the working calendar.</summary>
    public async Task<Result<B06Target>> ResolveAsync(ClaimsPrincipal user, B06Request request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = await PeriodAsync(request, cancellationToken);
        if (!period.IsSuccess)
        {
            return period.Error;
        }

        var unitId = request.Unit ?? user.UnitId();
        var unit = unitId is { } id ? await organisation.FindAsync(id, cancellationToken) : null;
        if (unit is null)
        {
            return Error.NotFound("report-unit-not-found", text["Error.UnitNotFound"]);
        }

        if (!user.Covers(unit.Path))
        {
            return Error.Forbidden(text["Error.UnitOutOfScope", unit.Name]);
        }

        return new B06Target(unit, period.Value);
    }

    /// <summary>The units the reader may report on, the province first, in tree order.</summary>
    public async Task<IReadOnlyList<UnitSummary>> UnitsInScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        [.. (await organisation.ListAsync(cancellationToken)).Where(u => user.Covers(u.Path)).OrderBy(u => u.Path, StringComparer.Ordinal)];

    public async Task<B06Report> CountAsync(B06Target target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (unit, period) = target;
        var window = ReportWindows.Of(period.From, period.To, time.GetUtcNow().UtcDateTime);
        var counts = await counter.CountByAsync(
            new ReportScope(unit.Path), f => new UnitField { Path = f.ProcessingUnitPath, Field = f.FieldCode }, _measures, window, cancellationToken);

        var levels = new B06Levels(await organisation.ListAsync(cancellationToken), unit);
        var names = await catalog.FieldNamesAsync(cancellationToken);
        var cells = new Dictionary<(B06Level Level, string Field), B06Figures>();
        foreach (var (key, values) in counts)
        {
            var cell = (levels.Of(key.Path), key.Field);
            cells[cell] = cells.GetValueOrDefault(cell, B06Figures.Zero) + B06Figures.From(values);
        }

        var groups = cells
            .GroupBy(c => c.Key.Level)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var rows = g.OrderBy(c => c.Key.Field, StringComparer.Ordinal)
                    .Select(c => new B06Row(c.Key.Field, names.GetValueOrDefault(c.Key.Field, c.Key.Field), c.Value, c.Value.BrokenInvariants()))
                    .ToList();
                var total = rows.Select(r => r.Figures).Aggregate(B06Figures.Zero, B06Figures.Add);
                return new B06Group(g.Key, rows, total, total.BrokenInvariants());
            })
            .ToList();
        var grand = groups.Select(g => g.Total).Aggregate(B06Figures.Zero, B06Figures.Add);
        return new B06Report(new B06Unit(unit.Id, unit.Code, unit.Name, unit.Path), period, window.AsOfUtc, groups, grand, grand.BrokenInvariants());
    }

    /// <summary>The window the drill-down links of a report carry.</summary>
    public ReportWindow WindowOf(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return ReportWindows.Of(period.From, period.To, time.GetUtcNow().UtcDateTime);
    }

    private async Task<Result<ReportPeriod>> PeriodAsync(B06Request request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var kind = ReportPeriodKind.Custom;
        if (request.Kind is { Length: > 0 } name && !KindNames.TryGetValue(name.Trim(), out kind))
        {
            errors.Add("kind", text["Error.UnknownKind", name]);
        }

        var periods = new ReportPeriods(options.Value, await calendars.GetAsync(cancellationToken));
        if (request.Kind is not { Length: > 0 })
        {
            // No period asked for: the one whose data window holds today (the report being prepared now).
            var today = clock.Today;
            return periods.OfYear(today.Year).Concat(periods.OfYear(Math.Min(today.Year + 1, ReportPeriods.MaxYear)))
                .First(p => p.Kind <= ReportPeriodKind.Q4 && p.From <= today && today <= p.To);
        }

        if (kind == ReportPeriodKind.Custom)
        {
            if (request.From is null)
            {
                errors.Add("from", text["Error.FromRequired"]);
            }

            if (request.To is null)
            {
                errors.Add("to", text["Error.ToRequired"]);
            }

            if (request.From is { } from && request.To is { } to)
            {
                if (to < from)
                {
                    errors.Add("to", text["Error.Inverted"]);
                }
                else if (to.DayNumber - from.DayNumber >= MaxCustomDays)
                {
                    errors.Add("to", text["Error.TooLong", MaxCustomDays.ToString(CultureInfo.InvariantCulture)]);
                }
            }

            return errors.IsEmpty ? ReportPeriods.Custom(request.From!.Value, request.To!.Value) : errors.ToError(text["Error.Invalid"]);
        }

        var year = request.Year ?? clock.Today.Year;
        if (year is < ReportPeriods.MinYear or > ReportPeriods.MaxYear)
        {
            errors.Add("year", text["Error.Year", ReportPeriods.MinYear.ToString(CultureInfo.InvariantCulture), ReportPeriods.MaxYear.ToString(CultureInfo.InvariantCulture)]);
        }

        return errors.IsEmpty ? periods.Of(kind, year) : errors.ToError(text["Error.Invalid"]);
    }
}

/// <summary>A group of the report's counts: one field at one processing unit (a class: EF groups by its members).</summary>
internal sealed record UnitField
{
    public required string Path { get; init; }

    public required string Field { get; init; }
}
