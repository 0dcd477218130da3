using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Domain.Index766;
using MotCua.Reporting.Features.DrillDown;
using MotCua.Reporting.Features.Facts;
using MotCua.Reporting.Features.Rollups;

namespace MotCua.Reporting.Features.Index766;

/// <summary>The 766 index of a unit for a period, optionally narrowed to a procedure, a field or a handling officer.</summary>
public sealed record Index766Request(Guid? Unit, DateOnly? From, DateOnly? To, string? Procedure = null, string? Field = null, string? Officer = null);

/// <summary>One sub-indicator: its counts, ratio (%, or days for 2.2), points out of its maximum, and the lists behind it.</summary>
public sealed record IndicatorRow(
    string Id, string Name, int Group, string? Part, string Basis, decimal Numerator, decimal Denominator, decimal? Ratio, decimal? Points,
    decimal MaxPoints, decimal? Threshold, bool Monitoring, bool NotApplicable, string? NumeratorUrl, string? DenominatorUrl);

public sealed record PartRow(string Key, string Name, decimal Points, decimal MaxPoints);

public sealed record GroupRow(int Number, string Name, decimal Points, decimal MaxPoints, IReadOnlyList<PartRow> Parts);

public sealed record PeerRow(Guid UnitId, string UnitName, decimal Total, int Rank);

public sealed record Index766Result(
    string FormulaVersion, Guid UnitId, string UnitName, DateOnly From, DateOnly To, string? Procedure, string? Field, string? Officer,
    decimal Total, decimal MaxPoints, string Grade, int? Rank, IReadOnlyList<PeerRow> Peers, IReadOnlyList<GroupRow> Groups,
    IReadOnlyList<IndicatorRow> Indicators);

/// <summary>One month of the trend: each group's points.</summary>
public sealed record TrendPoint(DateOnly Month, IReadOnlyList<decimal> GroupPoints, decimal Total);

/// <summary>A group of the procedure facts: one procedure at one processing unit (a class: EF groups by its members).</summary>
internal sealed record UnitProcedure
{
    public required string Path { get; init; }

    public required string Procedure { get; init; }
}

/// <summary>A computed index with the procedures behind its procedure-level figures (for their list page).</summary>
internal sealed record ComputedIndex(IndexScore Score, IReadOnlyDictionary<string, ProcedureSets> Procedures, IReadOnlyList<ProcedureReportingRecord> Catalog);

/// <summary>
/// Computes the 766 index (formula "766-dvcqg", DOMAIN A6, B §1): dossier-level figures through the index's measures
/// (from the rollups for a whole unit, ADR 0011; from the facts when narrowed), procedure-level ones from the catalog,
/// group 5's PAKN ones from Engagement's feedback figures (whole units only). Unit-level results are public, as the
/// national portal publishes them; an officer's are for the leaders of the unit.
/// </summary>
internal sealed class Index766Handler(
    DbContext db, FactCounter counter, RollupReader rollups, IFeedbackFigures feedback, IOrganisationDirectory organisation,
    IStaffDirectory staff, IProcedureCatalog catalog, IWorkingCalendarSource calendars, IOptions<GradeOptions> grades, TimeProvider time)
{
    private static readonly Formula Formula = Formula766.Dvcqg;

    public async Task<Result<Index766Result>> HandleAsync(ClaimsPrincipal user, Index766Request request, CancellationToken cancellationToken)
    {
        var validated = await ValidateAsync(user, request, cancellationToken);
        if (!validated.IsSuccess)
        {
            return validated.Error;
        }

        var (unit, window, scope) = validated.Value;
        var units = await organisation.ListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);

        // Peers: units with the same parent and kind (B §1.2), scored by the same queries; an officer is not ranked.
        var peerUnits = scope.Officer is null
            ? units.Where(u => u.Id != unit.Id && u.ParentId == unit.ParentId && u.Kind == unit.Kind).ToList()
            : [];
        var scores = await ComputeAsync([unit, .. peerUnits], units, scope, window, calendar, cancellationToken);
        var computed = scores[unit.Id];
        var peers = new List<PeerRow>();
        int? rank = null;
        if (scope.Officer is null)
        {
            var ranked = Ranking.Rank([.. scores.Select(s => (Item: units.Single(u => u.Id == s.Key), s.Value.Score.Total))]);
            peers = [.. ranked.Select(r => new PeerRow(r.Item.Id, r.Item.Name, r.Total, r.Rank))];
            rank = ranked.Single(r => r.Item.Id == unit.Id).Rank;
        }

        var score0 = computed.Score;
        return new Index766Result(
            score0.FormulaVersion, unit.Id, unit.Name, window.From, window.To, scope.ProcedureCode, scope.FieldCode, scope.Officer,
            score0.Total, score0.MaxPoints, grades.Value.GradeOf(score0.Total), rank, peers,
            [.. score0.Groups.Select(g => new GroupRow(g.Group.Number, g.Group.Name, g.Points, g.Group.MaxPoints,
                [.. g.Parts.Select(p => new PartRow(p.Part.Key, p.Part.Name, p.Points, p.Part.MaxPoints))]))],
            [.. score0.Indicators.Select(s => Row(s, unit.Id, window, scope))]);
    }

    /// <summary>Each group's points for the 12 months ending with the month of <paramref name="lastDay"/> (the page's trend).</summary>
    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(Guid unitId, DateOnly lastDay, ReportScope narrowing, CancellationToken cancellationToken)
    {
        var units = await organisation.ListAsync(cancellationToken);
        var unit = units.Single(u => u.Id == unitId);
        var calendar = await calendars.GetAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var points = new List<TrendPoint>();
        var first = new DateOnly(lastDay.Year, lastDay.Month, 1).AddMonths(-11);
        for (var month = first; month <= lastDay; month = month.AddMonths(1))
        {
            var window = ReportWindows.Of(month, month.AddMonths(1).AddDays(-1), now);
            var computed = (await ComputeAsync([unit], units, narrowing with { UnitPath = unit.Path }, window, calendar, cancellationToken))[unit.Id];
            points.Add(new TrendPoint(month, [.. computed.Score.Groups.Select(g => g.Points)], computed.Score.Total));
        }

        return points;
    }

    /// <summary>The procedures behind a procedure-level figure (its denominator, or only those counted in the numerator).</summary>
    public async Task<Result<(Index766Result Index, SubIndicator Indicator, IReadOnlyList<ProcedureReportingRecord> Procedures)>> ProceduresAsync(
        ClaimsPrincipal user, Index766Request request, string? indicatorId, bool numerator, CancellationToken cancellationToken)
    {
        if (Formula.Find(indicatorId) is not { Basis: IndicatorBasis.Procedures } indicator)
        {
            return Error.Field("indicator", "Không có chỉ số cấp thủ tục này trong Bộ chỉ số 766.");
        }

        var validated = await ValidateAsync(user, request with { Officer = null }, cancellationToken);
        if (!validated.IsSuccess)
        {
            return validated.Error;
        }

        var (unit, window, scope) = validated.Value;
        var units = await organisation.ListAsync(cancellationToken);
        var computed = (await ComputeAsync([unit], units, scope, window, await calendars.GetAsync(cancellationToken), cancellationToken))[unit.Id];
        var sets = computed.Procedures[indicator.Id];
        var codes = (numerator ? sets.Numerator : sets.Denominator).ToHashSet(StringComparer.Ordinal);
        var score = computed.Score;
        var index = new Index766Result(
            score.FormulaVersion, unit.Id, unit.Name, window.From, window.To, scope.ProcedureCode, scope.FieldCode, null,
            score.Total, score.MaxPoints, grades.Value.GradeOf(score.Total), null, [], [], [.. score.Indicators.Select(s => Row(s, unit.Id, window, scope))]);
        return (index, indicator, [.. computed.Catalog.Where(p => codes.Contains(p.Code))]);
    }

    private async Task<Result<(UnitSummary Unit, ReportWindow Window, ReportScope Scope)>> ValidateAsync(
        ClaimsPrincipal user, Index766Request request, CancellationToken cancellationToken)
    {
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
        if (unit is null)
        {
            return Error.Field("unit", "Không có đơn vị này.");
        }

        var procedure = Blank(request.Procedure);
        if (procedure is not null && !await catalog.ProcedureExistsAsync(procedure, cancellationToken))
        {
            return Error.Field("procedure", "Không có thủ tục hành chính với mã này.");
        }

        var field = Blank(request.Field);
        if (field is not null && !await catalog.FieldExistsAsync(field, cancellationToken))
        {
            return Error.Field("field", "Không có lĩnh vực với mã này.");
        }

        var officer = Blank(request.Officer);
        if (officer is not null)
        {
            // An officer's figures are for the leaders of the unit whose work the officer carries (issue 5 §2).
            var carries = MayReadOfficers(user, unit.Path) && (await staff.ActiveCarryingAsync(unit.Path, cancellationToken))
                .Any(s => string.Equals(s.Email, officer, StringComparison.OrdinalIgnoreCase));
            if (!carries)
            {
                return Error.Forbidden("Chỉ lãnh đạo đơn vị nơi cán bộ công tác mới được xem chỉ số của cán bộ.");
            }
        }

        return (unit, window.Value, new ReportScope(unit.Path, procedure, field, null, officer));
    }

    /// <summary>An officer's figures are for the leaders of the unit whose work the officer carries (issue 5 §2).</summary>
    public static bool MayReadOfficers(ClaimsPrincipal user, string unitPath) =>
        (user.IsInRole(StaffRoles.AgencyLeader) || user.IsInRole(StaffRoles.DepartmentLeader) || user.IsInRole(StaffRoles.SystemAdmin))
        && user.Covers(unitPath);

    /// <summary>
    /// Scores <paramref name="scored"/> (a unit, or a unit and its peers) for one narrowing and window. A unit-wide index
    /// reads the rollups (ADR 0011): a few rows per unit and month, whatever the unit's size. A narrowed one (procedure,
    /// field, officer) counts the facts: one query per kind of figure over the units' nearest common ancestor, grouped by
    /// processing unit and added up per scored unit, so ranking twelve communes costs what scoring one does.
    /// </summary>
    private async Task<IReadOnlyDictionary<Guid, ComputedIndex>> ComputeAsync(
        IReadOnlyList<UnitSummary> scored, IReadOnlyList<UnitSummary> units, ReportScope scope, ReportWindow window, WorkingCalendar calendar,
        CancellationToken cancellationToken)
    {
        var root = scope with { UnitPath = CommonAncestor(scored) };

        // Procedure-level figures describe the procedures of a unit's competence: none for one officer.
        IReadOnlyList<ProcedureReportingRecord> procedures = [];
        if (scope.Officer is null)
        {
            var subtree = units.Where(u => u.Path.StartsWith(root.UnitPath, StringComparison.Ordinal)).Select(u => u.Id).ToList();
            procedures = [.. (await catalog.ProceduresForReportingAsync(subtree, window.To, cancellationToken))
                .Where(p => (scope.ProcedureCode is null || p.Code == scope.ProcedureCode) && (scope.FieldCode is null || p.FieldCode == scope.FieldCode))];
        }

        var unitWide = IsUnitWide(scope);
        var figuresByPath = unitWide
            ? await rollups.ReadAsync([.. scored.Select(u => u.Path)], root.UnitPath, window, procedures.Count > 0, cancellationToken)
            : await CountFactsAsync(scored, root, window, procedures.Count > 0, cancellationToken);

        // Group 5's PAKN figures are about a unit's handling of feedback, not about one procedure, field or officer.
        var feedbackByPath = unitWide
            ? await feedback.CountByUnitAsync(root.UnitPath, window.From, window.To, window.AsOfUtc, cancellationToken)
            : null;

        var pathOf = units.ToDictionary(u => u.Id, u => u.Path);
        var results = new Dictionary<Guid, ComputedIndex>();
        foreach (var unit in scored)
        {
            var (counts, days, byProcedure) = figuresByPath[unit.Path];
            var figures = new Dictionary<string, IndicatorCount>(StringComparer.Ordinal);
            foreach (var indicator in Formula.Indicators.Where(i => i.Basis == IndicatorBasis.Dossiers))
            {
                var denominator = counts[indicator.DenominatorKey];
                figures[indicator.Id] = indicator.Id == "2.2"
                    ? new IndicatorCount(days, denominator)
                    : new IndicatorCount(counts[indicator.NumeratorKey], denominator);
            }

            if (feedbackByPath is not null)
            {
                var feedbackCounts = feedbackByPath.Where(f => f.Key.StartsWith(unit.Path, StringComparison.Ordinal)).Select(f => f.Value)
                    .Aggregate(FeedbackCounts.Zero, FeedbackCounts.Add);
                foreach (var parts in FeedbackIndicators.From(feedbackCounts))
                {
                    figures[parts.Id] = new IndicatorCount(parts.Numerator, parts.Denominator);
                }
            }

            var own = procedures.Where(p => pathOf.TryGetValue(p.ImplementingUnitId, out var path) && path.StartsWith(unit.Path, StringComparison.Ordinal)).ToList();
            var sets = ProcedureIndicators.Compute(own, byProcedure, window.From, window.To, calendar);
            foreach (var (id, set) in sets)
            {
                figures[id] = set.Count;
            }

            results[unit.Id] = new ComputedIndex(Scoring.Score(Formula, figures), sets, own);
        }

        return results;
    }

    /// <summary>The same figures as <see cref="RollupReader"/>, counted from the facts of a narrowed scope.</summary>
    private async Task<IReadOnlyDictionary<string, RollupFigures>> CountFactsAsync(
        IReadOnlyList<UnitSummary> scored, ReportScope root, ReportWindow window, bool withProcedures, CancellationToken cancellationToken)
    {
        var countsByUnit = await counter.CountByAsync(root, f => f.ProcessingUnitPath, Index766Measures.Indicators, window, cancellationToken);
        var resolved = Index766Measures.Indicators.Single(m => m.Key == "766.2.2.den").Predicate(window);
        var daysByUnit = await db.Set<DossierFact>().AsNoTracking().InScope(root).AliveIn(window).Where(resolved)
            .GroupBy(f => f.ProcessingUnitPath)
            .Select(g => new { Path = g.Key, Days = g.Sum(f => f.ProcessingWorkingDays ?? 0d) })
            .ToListAsync(cancellationToken);
        var factsByUnitAndProcedure = withProcedures
            ? await counter.CountByAsync(
                root, f => new UnitProcedure { Path = f.ProcessingUnitPath, Procedure = f.ProcedureCode }, Index766Measures.ProcedureFacts, window, cancellationToken)
            : new Dictionary<UnitProcedure, IReadOnlyDictionary<string, long>>();

        return scored.ToDictionary(
            u => u.Path,
            u => new RollupFigures(
                FactCounter.SumUnder(countsByUnit, u.Path, Index766Measures.Indicators),
                Math.Round((decimal)daysByUnit.Where(d => d.Path.StartsWith(u.Path, StringComparison.Ordinal)).Sum(d => d.Days), 2),
                ByProcedureUnder(factsByUnitAndProcedure, u.Path)),
            StringComparer.Ordinal);
    }

    /// <summary>The procedure facts of the units under <paramref name="unitPath"/>, added up per procedure code.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, long>> ByProcedureUnder(
        IReadOnlyDictionary<UnitProcedure, IReadOnlyDictionary<string, long>> byUnitAndProcedure, string unitPath) =>
        byUnitAndProcedure
            .Where(g => g.Key.Path.StartsWith(unitPath, StringComparison.Ordinal))
            .GroupBy(g => g.Key.Procedure, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => FactCounter.Sum(p.Select(g => g.Value), Index766Measures.ProcedureFacts), StringComparer.Ordinal);

    /// <summary>The longest path every scored unit lies under (the parent of peers, the unit itself when alone).</summary>
    private static string CommonAncestor(IReadOnlyList<UnitSummary> scored)
    {
        var prefix = scored[0].Path;
        foreach (var unit in scored.Skip(1))
        {
            while (!unit.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                prefix = prefix[..(prefix.LastIndexOf('/', prefix.Length - 2) + 1)];
            }
        }

        return prefix;
    }

    private static IndicatorRow Row(IndicatorScore s, Guid unitId, ReportWindow window, ReportScope scope)
    {
        var i = s.Indicator;
        var (numeratorUrl, denominatorUrl) = i.Basis switch
        {
            IndicatorBasis.Dossiers when i.Id == "2.2" => (null, DrillDownLinks.Url(i.DenominatorKey, unitId, window, scope)),
            IndicatorBasis.Dossiers => (DrillDownLinks.Url(i.NumeratorKey, unitId, window, scope), DrillDownLinks.Url(i.DenominatorKey, unitId, window, scope)),
            IndicatorBasis.Procedures when scope.Officer is null =>
                (Index766Links.Procedures(i.Id, true, unitId, window, scope), Index766Links.Procedures(i.Id, false, unitId, window, scope)),
            IndicatorBasis.Feedback when IsUnitWide(scope) => FeedbackLinks(i.Id, unitId, window),
            _ => ((string?)null, (string?)null),
        };
        return new IndicatorRow(
            i.Id, i.Name, i.Group, i.Part, i.Basis.ToString(), s.Numerator, s.Denominator, s.Ratio, s.Points, i.MaxPoints,
            i.ThresholdPercent, i.Monitoring, s.NotApplicable, numeratorUrl, denominatorUrl);
    }

    /// <summary>An index of a whole unit (subtree), not narrowed to a procedure, field, channel or officer.</summary>
    private static bool IsUnitWide(ReportScope scope) =>
        scope is { ProcedureCode: null, FieldCode: null, Channel: null, Officer: null, UnitPaths: null };

    private static (string?, string?) FeedbackLinks(string id, Guid unitId, ReportWindow window)
    {
        var (numerator, denominator) = FeedbackIndicators.Keys(id);
        return (FeedbackRegisterLinks.Url(numerator, unitId, window.From, window.To), FeedbackRegisterLinks.Url(denominator, unitId, window.From, window.To));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Links of the 766 pages, built in one place.</summary>
public static class Index766Links
{
    public const string Path = "/bao-cao/chi-so-766";

    public static string Procedures(string indicatorId, bool numerator, Guid unitId, ReportWindow window, ReportScope? scope = null) =>
        $"{Path}/thu-tuc?chiSo={Uri.EscapeDataString(indicatorId)}&phan={(numerator ? "tu" : "mau")}&donVi={unitId}"
        + $"&tu={window.From:yyyy-MM-dd}&den={window.To:yyyy-MM-dd}"
        + (scope?.ProcedureCode is { } p ? "&thuTuc=" + Uri.EscapeDataString(p) : "")
        + (scope?.FieldCode is { } f ? "&linhVuc=" + Uri.EscapeDataString(f) : "");
}

internal static class Index766Endpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/indicators/766", async (
                Guid? unit, DateOnly? from, DateOnly? to, string? procedure, string? field, string? officer,
                ClaimsPrincipal user, Index766Handler handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(user, new Index766Request(unit, from, to, procedure, field, officer), cancellationToken);
                return result.IsSuccess ? Results.Ok(result.Value) : result.Error.ToProblem();
            })
            .AllowAnonymous()
            .WithName("Index766")
            .WithSummary("Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ (QĐ 766/QĐ-TTg) của một đơn vị trong một kỳ")
            .Produces<Index766Result>()
            .ProducesValidationProblem();
}
