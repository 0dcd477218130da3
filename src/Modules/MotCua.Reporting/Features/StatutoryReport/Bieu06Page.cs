using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Reporting.Features.DrillDown;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>
/// Biểu 06 on screen and on paper: the unit and period pickers, the form with every figure linked to its dossiers, the
/// XLSX download, and for large requests the background run.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class Bieu06Page : ReportPeriodPage
{
    protected override string PagePath => "/bao-cao/bieu-06";

    public B06Report? Report { get; private set; }

    public ReportWindow? Window { get; private set; }

    public bool IsLarge { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var handler = Service<B06ReportHandler>();
        Units = await handler.UnitsInScopeAsync(User, cancellationToken);
        if (!ModelState.IsValid)
        {
            return BadDate();
        }

        var target = await handler.ResolveAsync(User, Asked(), cancellationToken);
        if (!target.IsSuccess)
        {
            return Show(target.Error);
        }

        Report = await handler.CountAsync(target.Value, cancellationToken);
        Window = handler.WindowOf(Report.Period);
        IsLarge = B06RunsHandler.IsLarge(target.Value);
        Remember(Report.Unit.Id, Report.Period);

        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var report = await Service<B06ReportHandler>().HandleAsync(User, Asked(), cancellationToken);
        if (!report.IsSuccess)
        {
            return new ProblemResult(report.Error.ToProblem());
        }

        await B06Endpoints.StreamAsync(HttpContext, Service<B06Xlsx>(), report.Value, cancellationToken);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        var handler = Service<B06ReportHandler>();
        Units = await handler.UnitsInScopeAsync(User, cancellationToken);
        var run = await Service<B06RunsHandler>().RequestAsync(User, Asked(), cancellationToken);
        return run.IsSuccess ? Redirect("/bao-cao/bieu-06/tep") : Show(run.Error);
    }

    /// <summary>
    /// The dossiers behind a figure: the measure over the report's unit, narrowed to the row's field. The drill-down
    /// filters by unit subtree, not by level: a report for a commune or an agency has one level and every figure matches
    /// its list exactly; in a province or district report the grand total does, while a level row's list also holds the
    /// field's dossiers of the other levels (the drill-down needs a level filter for that, see the hand-over note).
    /// </summary>
    /// <summary>The list behind a cell: of its field and level, of its level (a level's total), or of the whole unit.</summary>
    public string Link(B06Column column, string? field, B06Level? level) =>
        DrillDownLinks.Url(
            B06Figures.MeasureKey(column), Report!.Unit.Id, Window!, field is null ? null : new ReportScope(Report.Unit.Path, FieldCode: field),
            level is { } l ? B06Levels.Slug(l) : null);
}
