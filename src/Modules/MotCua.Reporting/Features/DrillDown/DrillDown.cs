using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;
using MotCua.Reporting.Features.StatutoryReport;

namespace MotCua.Reporting.Features.DrillDown;

/// <summary>The dossiers behind one figure: a measure, a unit, a period and the optional narrowing of the scope.</summary>
public sealed record DrillDownRequest(
    string? Measure, Guid? Unit, DateOnly? From, DateOnly? To,
    string? Procedure = null, string? Field = null, int? Channel = null, string? Officer = null, string? After = null, int? Limit = null,
    string? Level = null);

public sealed record DrillDownRow(
    string Code, string ProcedureCode, string FieldCode, int Channel, FactOutcome Outcome,
    DateTime? ReceivedAtUtc, DateTime? DueAtUtc, DateTime? EndedAtUtc, Kernel.Calendar.Timeliness? Timeliness, string? HandlingOfficer);

public sealed record DrillDownList(
    string Measure, string Label, Guid UnitId, string UnitName, DateOnly From, DateOnly To, long Total, Page<DrillDownRow> Rows);

/// <summary>The whole list behind a figure, streamed (<see cref="Rows"/> is read once, as it is written out).</summary>
public sealed record DrillDownExport(string Measure, string Label, string UnitName, DateOnly From, DateOnly To, IAsyncEnumerable<DrillDownRow> Rows);

/// <summary>Links to the drill-down page, built in one place so every figure's link has the same shape.</summary>
public static class DrillDownLinks
{
    public const string Path = "/bao-cao/ho-so";

    public static string Url(string measure, Guid unitId, ReportWindow window, ReportScope? scope = null, string? level = null) =>
        Url(measure, unitId, window.From, window.To, scope, level);

    /// <summary>A link to a figure's list; <paramref name="level"/> (tinh, huyen, xa) keeps it to one level of a multi-level report.</summary>
    public static string Url(string measure, Guid unitId, DateOnly from, DateOnly to, ReportScope? scope = null, string? level = null)
    {
        var query = new List<string>
        {
            "chiSo=" + Uri.EscapeDataString(measure),
            "donVi=" + unitId.ToString(),
            "tu=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "den=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (scope?.ProcedureCode is { } procedure)
        {
            query.Add("thuTuc=" + Uri.EscapeDataString(procedure));
        }

        if (scope?.FieldCode is { } field)
        {
            query.Add("linhVuc=" + Uri.EscapeDataString(field));
        }

        if (scope?.Channel is { } channel)
        {
            query.Add("kenh=" + channel.ToString(CultureInfo.InvariantCulture));
        }

        if (scope?.Officer is { } officer)
        {
            query.Add("canBo=" + Uri.EscapeDataString(officer));
        }

        if (level is not null)
        {
            query.Add("capDo=" + Uri.EscapeDataString(level));
        }

        return Path + "?" + string.Join('&', query);
    }
}

/// <summary>
/// Lists the dossiers a measure counts, with the same predicate the figure was counted with, keyset-paginated by code.
/// Staff only, within the units they cover: the list names dossiers, which the public figures do not.
/// </summary>
internal sealed class DrillDownHandler(DbContext db, FactMeasures measures, IOrganisationDirectory organisation, FactCounter counter, TimeProvider time)
{
    public async Task<Result<DrillDownList>> HandleAsync(ClaimsPrincipal user, DrillDownRequest request, CancellationToken cancellationToken)
    {
        var resolved = await ResolveAsync(user, request, cancellationToken);
        if (!resolved.IsSuccess)
        {
            return resolved.Error;
        }

        var target = resolved.Value;
        var limit = Keyset.ClampLimit(request.Limit);
        var query = Query(target);
        if (Keyset.TryDecode(request.After, out var after) && after is not null)
        {
            query = query.Where(f => f.Code.CompareTo(after) > 0);
        }

        var rows = await Rows(query.OrderBy(f => f.Code).Take(limit + 1)).ToListAsync(cancellationToken);
        var total = (await counter.CountAsync(target.Scope, [target.Measure], target.Window, cancellationToken))[target.Measure.Key];
        return new DrillDownList(
            target.Measure.Key, target.Measure.Label, target.Unit.Id, target.Unit.Name, target.Window.From, target.Window.To, total,
            Keyset.ToPage(rows, limit, r => r.Code));
    }

    /// <summary>
    /// Every dossier behind the figure, in code order, read from the database as the caller consumes them: a
    /// province-wide list of half a million dossiers is written out without ever being held in memory.
    /// </summary>
    public async Task<Result<DrillDownExport>> ExportAsync(ClaimsPrincipal user, DrillDownRequest request, CancellationToken cancellationToken)
    {
        var resolved = await ResolveAsync(user, request, cancellationToken);
        if (!resolved.IsSuccess)
        {
            return resolved.Error;
        }

        var target = resolved.Value;
        return new DrillDownExport(
            target.Measure.Key, target.Measure.Label, target.Unit.Name, target.Window.From, target.Window.To,
            Rows(Query(target).OrderBy(f => f.Code)).AsAsyncEnumerable());
    }

    private async Task<Result<Target>> ResolveAsync(ClaimsPrincipal user, DrillDownRequest request, CancellationToken cancellationToken)
    {
        var measure = measures.Find(request.Measure);
        if (measure is null)
        {
            return Error.Field("measure", "Không có chỉ số này.");
        }

        if (request.Unit is not { } unitId)
        {
            return Error.Field("unit", "Phải chọn đơn vị.");
        }

        var window = ReportWindows.Create(request.From, request.To, time);
        if (!window.IsSuccess)
        {
            return window.Error;
        }

        var unit = await organisation.FindAsync(unitId, cancellationToken);
        if (unit is null || !user.Covers(unit.Path))
        {
            // A unit outside the reader's scope is as unknown as a unit that does not exist.
            return Error.NotFound("unit.not-found", "Không tìm thấy đơn vị trong phạm vi của bạn.");
        }

        var scope = new ReportScope(unit.Path, Blank(request.Procedure), Blank(request.Field), request.Channel, Blank(request.Officer));
        if (Blank(request.Level) is { } slug)
        {
            if (!B06Levels.TryParse(slug, out var level))
            {
                return Error.Field("level", "Cấp không hợp lệ: chọn tinh, huyen hoặc xa.");
            }

            scope = scope with { UnitPaths = new B06Levels(await organisation.ListAsync(cancellationToken), unit).PathsAt(level) };
        }

        return new Target(measure, unit, window.Value, scope);
    }

    private IQueryable<DossierFact> Query(Target target) => Facts(db, target.Measure, target.Scope, target.Window);

    /// <summary>The dossiers a measure counts in a scope and window, through the very predicate the figure used.</summary>
    internal static IQueryable<DossierFact> Facts(DbContext db, IFactMeasure measure, ReportScope scope, ReportWindow window) =>
        db.Set<DossierFact>().AsNoTracking().InScope(scope).AliveIn(window).Where(measure.Predicate(window));

    internal static IQueryable<DrillDownRow> Rows(IQueryable<DossierFact> facts) =>
        facts.Select(f => new DrillDownRow(f.Code, f.ProcedureCode, f.FieldCode, f.Channel, f.Outcome, f.ReceivedAtUtc, f.DueAtUtc, f.EndedAtUtc, f.Timeliness, f.HandlingOfficer));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record Target(IFactMeasure Measure, UnitSummary Unit, ReportWindow Window, ReportScope Scope);
}

internal static class DrillDownEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/reports/dossiers", async (
                string? measure, Guid? unit, DateOnly? from, DateOnly? to, string? procedure, string? field, int? channel, string? officer, string? after, int? limit,
                string? level, ClaimsPrincipal user, DrillDownHandler handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(
                    user, new DrillDownRequest(measure, unit, from, to, procedure, field, channel, officer, after, limit, level), cancellationToken);
                return result.IsSuccess ? Results.Ok(result.Value) : result.Error.ToProblem();
            })
            .RequireAuthorization(Policies.Staff)
            .WithName("ListDossiersBehindAFigure")
            .WithSummary("Hồ sơ đằng sau một số liệu báo cáo (danh sách chi tiết)");
}
