using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Reporting.Domain.Periods;
using MotCua.Reporting.Features.DrillDown;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>
/// Biểu 06 on screen and on paper: the unit and period pickers, the form with every figure linked to its dossiers, the
/// XLSX download, and for large requests the background run.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class Bieu06Page : PageModel
{
    public const string PageError = "";

    [BindProperty(SupportsGet = true, Name = "donVi")]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "ky")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    public B06Report? Report { get; private set; }

    public ReportWindow? Window { get; private set; }

    public bool IsLarge { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    /// <summary>A refusal that is not about a field (unit unknown).</summary>
    public string? Refusal { get; private set; }

    public IReadOnlyList<string> PageErrors =>
        ModelState.TryGetValue(PageError, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var handler = Service<B06ReportHandler>();
        Units = await handler.UnitsInScopeAsync(User, cancellationToken);
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(PageError, Service<IStringLocalizer<StatutoryText>>()["Error.BadDate"]);
            return Page();
        }

        var target = await handler.ResolveAsync(User, Asked(), cancellationToken);
        if (!target.IsSuccess)
        {
            return Show(target.Error);
        }

        Report = await handler.CountAsync(target.Value, cancellationToken);
        Window = handler.WindowOf(Report.Period);
        IsLarge = B06RunsHandler.IsLarge(target.Value);
        Unit = Report.Unit.Id;
        Kind = B06ReportHandler.KindName(Report.Period.Kind);
        Year = Report.Period.Year ?? Year;
        if (Report.Period.Kind == ReportPeriodKind.Custom)
        {
            From = Report.Period.From;
            To = Report.Period.To;
        }

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

    public string Query(string? handler = null)
    {
        var query = new List<string>();
        if (handler is not null)
        {
            query.Add("handler=" + handler);
        }

        if (Unit is { } unit)
        {
            query.Add("donVi=" + unit);
        }

        if (Kind is { Length: > 0 } kind)
        {
            query.Add("ky=" + Uri.EscapeDataString(kind));
        }

        if (Year is { } year)
        {
            query.Add("nam=" + year.ToString(CultureInfo.InvariantCulture));
        }

        if (From is { } from)
        {
            query.Add("tu=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            query.Add("den=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return "/bao-cao/bieu-06?" + string.Join('&', query);
    }

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public string? InvalidClass(string key) => HasError(key) ? "is-invalid" : null;

    public static string ErrorId(string key) => "loi-" + key;

    public string? DescribedBy(string key) => HasError(key) ? ErrorId(key) : null;

    public Microsoft.AspNetCore.Html.IHtmlContent ErrorFor(string key) => ModelState.FeedbackFor(key, ErrorId(key));

    private B06Request Asked() => new(Unit, Kind, Year, From, To);

    private IActionResult Show(Error error)
    {
        switch (error.Kind)
        {
            case ErrorKind.Forbidden:
                return Forbid();
            case ErrorKind.Validation:
                ModelState.AddErrors(error, PageError, field => field switch
                {
                    "kind" => "ky",
                    "year" => "nam",
                    "from" => "tu",
                    "to" => "den",
                    _ => field,
                });
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                Refusal = error.Message;
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
        }
    }

    private T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    /// <summary>A problem answer from a page handler (the XLSX download), as the API would give it.</summary>
    private sealed class ProblemResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
