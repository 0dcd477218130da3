using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.Dashboard;

/// <summary>A leader's dashboard of a unit for the period of <see cref="Kind"/> containing <see cref="Day"/> (today by default).</summary>
public sealed record DashboardRequest(Guid? Unit, PeriodKind? Kind, DateOnly? Day);

/// <summary>A count, or a ratio when <see cref="Denominator"/> is set (B §1.2: percent, two decimals; none when the denominator is 0).</summary>
public sealed record FigureValue(long Numerator, long? Denominator)
{
    public decimal? Value => Denominator switch
    {
        null => Numerator,
        0 => null,
        { } d => Math.Round(100m * Numerator / d, 2, MidpointRounding.AwayFromZero),
    };
}

/// <summary>
/// One figure of one unit: this period, the previous one and the change (percentage points for a rate). The keys are
/// the measures behind the numerator and denominator, which the drill-down lists; <see cref="LateKey"/> adds the late
/// dossiers to the on-time figure.
/// </summary>
public sealed record DashboardFigure(string Id, string NumeratorKey, string? DenominatorKey, FigureValue Current, FigureValue Previous, string? LateKey = null, long? Late = null)
{
    public bool IsRate => DenominatorKey is not null;

    public decimal? Change => Current.Value is { } now && Previous.Value is { } before ? now - before : null;
}

public sealed record DashboardUnitRow(Guid UnitId, string UnitCode, string UnitName, bool IsSelected, IReadOnlyList<DashboardFigure> Figures);

public sealed record DeadlineRow(string Code, string ProcedureCode, DateTime? DueAtUtc, string? HandlingOfficer, string ProcessingUnitPath);

public sealed record UnitChoice(Guid Id, string Code, string Name, int Depth);

public sealed record Dashboard(
    UnitSummary Unit,
    IReadOnlyList<UnitChoice> Units,
    DashboardPeriod Period,
    DashboardPeriod PreviousPeriod,
    ReportWindow Window,
    ReportWindow PreviousWindow,
    IReadOnlyList<DashboardUnitRow> Rows,
    IReadOnlyList<DeadlineRow> Overdue,
    IReadOnlyList<DeadlineRow> DueSoon)
{
    public DashboardUnitRow Selected => Rows[0];
}

/// <summary>
/// The dashboard (issue 5 §4): overdue and due-within-one-working-day dossiers, on-time (766 2.1), online (3.3),
/// online-payment (3.6), digitisation (4.2) and satisfaction rates, for the unit and each of its child units, with the
/// previous period's values. Every figure is counted by the measure its drill-down lists, in one query per unit and period.
/// </summary>
internal sealed class ShowDashboardHandler(
    DbContext db, FactCounter counter, IOrganisationDirectory organisation, FactMeasures measures, BusinessClock clock)
{
    public const int ListSize = 10;

    public static readonly string[] LeaderRoles = [StaffRoles.AgencyLeader, StaffRoles.DepartmentLeader, StaffRoles.ControlOfficer];

    public static bool IsLeader(ClaimsPrincipal user) => LeaderRoles.Any(user.IsInRole);

    public async Task<Result<Dashboard>> HandleAsync(ClaimsPrincipal user, DashboardRequest request, CancellationToken cancellationToken)
    {
        if (!IsLeader(user) || user.UnitPath() is null)
        {
            return Error.Forbidden("Trang tổng quan dành cho lãnh đạo và cán bộ kiểm soát thủ tục hành chính.");
        }

        var unitId = request.Unit ?? user.UnitId();
        var all = await organisation.ListAsync(cancellationToken);
        var unit = all.FirstOrDefault(u => u.Id == unitId);
        if (unit is null || !user.Covers(unit.Path))
        {
            // A unit outside the reader's scope is as unknown as a unit that does not exist (as on the drill-down).
            return Error.NotFound("unit.not-found", "Không tìm thấy đơn vị trong phạm vi của bạn.");
        }

        var period = DashboardPeriod.Containing(request.Kind ?? PeriodKind.Month, request.Day ?? clock.Today);
        var previous = period.Previous();
        var now = clock.UtcNow;
        var window = ReportWindows.Of(period.From, period.To, now);
        var previousWindow = ReportWindows.Of(previous.From, previous.To, now);
        var counted = Counted();

        // Two queries for the whole table, by processing unit, rolled up to the selected unit and each child.
        var unitScope = new ReportScope(unit.Path);
        var current = await counter.CountByAsync(unitScope, f => f.ProcessingUnitPath, counted, window, cancellationToken);
        var before = await counter.CountByAsync(unitScope, f => f.ProcessingUnitPath, counted, previousWindow, cancellationToken);
        var rows = all.Where(u => u.Id == unit.Id || u.ParentId == unit.Id)
            .Select(row => new DashboardUnitRow(
                row.Id, row.Code, row.Name, row.Id == unit.Id,
                Figures(FactCounter.SumUnder(current, row.Path, counted), FactCounter.SumUnder(before, row.Path, counted))))
            .ToList();

        var overdue = await ListAsync(unitScope, BaseMeasures.Overdue, window, cancellationToken);
        var dueSoon = await ListAsync(unitScope, Measure(DueSoonMeasure.MeasureKey), window, cancellationToken);
        var choices = all.Where(u => user.Covers(u.Path))
            .Select(u => new UnitChoice(u.Id, u.Code, u.Name, u.Path.Count(c => c == '/') - 2))
            .ToList();
        var minDepth = choices.Count == 0 ? 0 : choices.Min(c => c.Depth);
        return new Dashboard(
            unit, [.. choices.Select(c => c with { Depth = c.Depth - minDepth })], period, previous, window, previousWindow,
            [.. rows.OrderByDescending(r => r.IsSelected)], overdue, dueSoon);
    }

    private IFactMeasure Measure(string key) =>
        measures.Find(key) ?? throw new InvalidOperationException($"Measure {key} is not registered.");

    private IReadOnlyList<IFactMeasure> Counted() =>
    [
        BaseMeasures.Overdue, Measure(DueSoonMeasure.MeasureKey), BaseMeasures.Received,
        .. DashboardMeasures.All,
    ];

    private static IReadOnlyList<DashboardFigure> Figures(IReadOnlyDictionary<string, long> now, IReadOnlyDictionary<string, long> before)
    {
        DashboardFigure Count(string id, IFactMeasure measure) =>
            new(id, measure.Key, null, new FigureValue(now[measure.Key], null), new FigureValue(before[measure.Key], null));

        DashboardFigure Rate(string id, IFactMeasure numerator, IFactMeasure denominator) =>
            new(id, numerator.Key, denominator.Key,
                new FigureValue(now[numerator.Key], now[denominator.Key]),
                new FigureValue(before[numerator.Key], before[denominator.Key]));

        return
        [
            Count("qua-han", BaseMeasures.Overdue),
            new("sap-den-han", DueSoonMeasure.MeasureKey, null,
                new FigureValue(now[DueSoonMeasure.MeasureKey], null), new FigureValue(before[DueSoonMeasure.MeasureKey], null)),
            Rate("dung-han", DashboardMeasures.OnTime, DashboardMeasures.Judged) with
            {
                LateKey = DashboardMeasures.Late.Key,
                Late = now[DashboardMeasures.Late.Key],
            },
            Rate("truc-tuyen", DashboardMeasures.ReceivedOnline, BaseMeasures.Received),
            Rate("thanh-toan", DashboardMeasures.PaidOnline, DashboardMeasures.FeeBearing),
            Rate("so-hoa", DashboardMeasures.Digitized, BaseMeasures.Received),
            Rate("hai-long", DashboardMeasures.Satisfied, DashboardMeasures.Rated),
        ];
    }

    /// <summary>The first dossiers of a measure, soonest (or longest overdue) appointment first.</summary>
    private async Task<IReadOnlyList<DeadlineRow>> ListAsync(ReportScope scope, IFactMeasure measure, ReportWindow window, CancellationToken cancellationToken) =>
        await db.Set<DossierFact>().AsNoTracking().InScope(scope).Where(measure.Predicate(window))
            .OrderBy(f => f.DueAtUtc).ThenBy(f => f.Code)
            .Take(ListSize)
            .Select(f => new DeadlineRow(f.Code, f.ProcedureCode, f.DueAtUtc, f.HandlingOfficer, f.ProcessingUnitPath))
            .ToListAsync(cancellationToken);
}

internal static class DashboardEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/reports/dashboard", async (
                Guid? unit, PeriodKind? period, DateOnly? day, ClaimsPrincipal user, ShowDashboardHandler handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(user, new DashboardRequest(unit, period, day), cancellationToken);
                return result.IsSuccess ? Results.Ok(result.Value) : result.Error.ToProblem();
            })
            .RequireAuthorization(Policies.Staff)
            .WithName("ShowLeaderDashboard")
            .WithSummary("Trang tổng quan của lãnh đạo: hồ sơ quá hạn, sắp đến hạn và các tỷ lệ so với kỳ trước");
}
