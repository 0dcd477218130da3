using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Reporting.Features.StatutoryReport;

namespace MotCua.Reporting.Features.FeedbackReport;

/// <summary>The PAKN table on screen and on paper: unit and period pickers, every figure linked to the register, XLSX.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class FeedbackReportPage : PageModel
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

    public FeedbackReport? Report { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public string? Refusal { get; private set; }

    public IReadOnlyList<string> PageErrors =>
        ModelState.TryGetValue(PageError, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var handler = Service<FeedbackReportHandler>();
        Units = await handler.UnitsInScopeAsync(User, cancellationToken);
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(PageError, Service<IStringLocalizer<StatutoryText>>()["Error.BadDate"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var report = await handler.HandleAsync(User, Asked(), cancellationToken);
        if (!report.IsSuccess)
        {
            return Show(report.Error);
        }

        Report = report.Value;
        Unit = Report.Unit.Id;
        Kind = B06ReportHandler.KindName(Report.Period.Kind);
        Year = Report.Period.Year ?? Year;
        if (Report.Period.Kind == Domain.Periods.ReportPeriodKind.Custom)
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

        var report = await Service<FeedbackReportHandler>().HandleAsync(User, Asked(), cancellationToken);
        if (!report.IsSuccess)
        {
            return new ProblemResult(report.Error.ToProblem());
        }

        using var buffer = new MemoryStream();
        Service<FeedbackReportXlsx>().Write(report.Value, buffer);
        return File(buffer.ToArray(), B06Xlsx.ContentType, FeedbackReportXlsx.FileName(report.Value));
    }

    /// <summary>The register filtered to the PAKN behind a cell: the row's unit (alone for the own row) or the whole subtree for the total.</summary>
    public string Link(string key, FeedbackReportRow? row) =>
        FeedbackRegisterLinks.Url(key, row?.UnitId ?? Report!.Unit.Id, Report!.Period.From, Report.Period.To, ownOnly: row?.Own == true);

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

        return "/bao-cao/pakn?" + string.Join('&', query);
    }

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public string? InvalidClass(string key) => HasError(key) ? "is-invalid" : null;

    public string? DescribedBy(string key) => HasError(key) ? "loi-" + key : null;

    public Microsoft.AspNetCore.Html.IHtmlContent ErrorFor(string key) => ModelState.FeedbackFor(key, "loi-" + key);

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

    private sealed class ProblemResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
