using System.Security.Claims;
using MotCua.Administration.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Kernel.Results;
using MotCua.Reporting.Domain.Periods;
using MotCua.Reporting.Features.StatutoryReport;

namespace MotCua.Reporting.Features.FeedbackReport;

/// <summary>One row of the PAKN table: a unit's own PAKN (<see cref="Own"/>) or a child unit with everything below it.</summary>
public sealed record FeedbackReportRow(Guid UnitId, string UnitName, bool Own, FeedbackCounts Counts);

/// <summary>The PAKN table of a unit for a period (DOMAIN A9, B §4 suggested columns), one row per child unit, and the total.</summary>
public sealed record FeedbackReport(UnitSummary Unit, ReportPeriod Period, DateTime AsOfUtc, IReadOnlyList<FeedbackReportRow> Rows, FeedbackCounts Total);

/// <summary>
/// Bảng tổng hợp tình hình tiếp nhận, xử lý phản ánh, kiến nghị: the unit and period are resolved exactly as Biểu 06
/// resolves them (same scope rule, same period kinds and windows), the figures come from Engagement's contract in one
/// aggregate query by handling unit, folded here into the unit's own row and one row per child unit (like Biểu 06's
/// levels, every unit of the level below has its row, with zeros where it has no PAKN).
/// </summary>
internal sealed class FeedbackReportHandler(B06ReportHandler periods, IFeedbackFigures figures, IOrganisationDirectory organisation, TimeProvider time)
{
    public async Task<Result<FeedbackReport>> HandleAsync(ClaimsPrincipal user, B06Request request, CancellationToken cancellationToken)
    {
        var target = await periods.ResolveAsync(user, request, cancellationToken);
        return target.IsSuccess ? await CountAsync(target.Value, cancellationToken) : target.Error;
    }

    public Task<Result<B06Target>> ResolveAsync(ClaimsPrincipal user, B06Request request, CancellationToken cancellationToken) =>
        periods.ResolveAsync(user, request, cancellationToken);

    public Task<IReadOnlyList<UnitSummary>> UnitsInScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        periods.UnitsInScopeAsync(user, cancellationToken);

    public async Task<FeedbackReport> CountAsync(B06Target target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (unit, period) = target;
        var asOf = time.GetUtcNow().UtcDateTime;
        var byPath = await figures.CountByUnitAsync(unit.Path, period.From, period.To, asOf, cancellationToken);
        var children = (await organisation.ListAsync(cancellationToken))
            .Where(u => u.ParentId == unit.Id)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ToList();
        var rows = new List<FeedbackReportRow>
        {
            new(unit.Id, unit.Name, Own: true, byPath.GetValueOrDefault(unit.Path, FeedbackCounts.Zero)),
        };
        rows.AddRange(children.Select(child => new FeedbackReportRow(
            child.Id,
            child.Name,
            Own: false,
            byPath.Where(g => g.Key.StartsWith(child.Path, StringComparison.Ordinal)).Select(g => g.Value).Aggregate(FeedbackCounts.Zero, FeedbackCounts.Add))));
        var total = byPath.Values.Aggregate(FeedbackCounts.Zero, FeedbackCounts.Add);
        return new FeedbackReport(unit, period, asOf, rows, total);
    }
}
