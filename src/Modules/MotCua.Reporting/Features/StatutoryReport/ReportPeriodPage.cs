using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Reporting.Domain.Periods;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>
/// What the statutory report pages (Biểu 06, the PAKN table) share: the unit and period pickers bound from the query
/// string, their errors next to the fields, refusals, and the links that keep the choice.
/// </summary>
public abstract class ReportPeriodPage : PageModel
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

    public IReadOnlyList<UnitSummary> Units { get; protected set; } = [];

    /// <summary>A refusal that is not about a field (unit unknown).</summary>
    public string? Refusal { get; private set; }

    public IReadOnlyList<string> PageErrors =>
        ModelState.TryGetValue(PageError, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    /// <summary>The page's own path, which <see cref="Query"/> links to.</summary>
    protected abstract string PagePath { get; }

    public static string ErrorId(string key) => "loi-" + key;

    /// <summary>This page (or one of its handlers) for the unit and period on screen.</summary>
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

        return PagePath + "?" + string.Join('&', query);
    }

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public string? InvalidClass(string key) => HasError(key) ? "is-invalid" : null;

    public string? DescribedBy(string key) => HasError(key) ? ErrorId(key) : null;

    public Microsoft.AspNetCore.Html.IHtmlContent ErrorFor(string key) => ModelState.FeedbackFor(key, ErrorId(key));

    protected B06Request Asked() => new(Unit, Kind, Year, From, To);

    /// <summary>A date the binder could not read: said on the page, nothing counted.</summary>
    protected IActionResult BadDate()
    {
        ModelState.AddModelError(PageError, Service<IStringLocalizer<StatutoryText>>()["Error.BadDate"]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Shows the unit and period the report was made for (a default period becomes explicit).</summary>
    protected void Remember(Guid unitId, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        Unit = unitId;
        Kind = B06ReportHandler.KindName(period.Kind);
        Year = period.Year ?? Year;
        if (period.Kind == ReportPeriodKind.Custom)
        {
            From = period.From;
            To = period.To;
        }
    }

    protected IActionResult Show(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
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

    protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    /// <summary>A problem answer from a page handler (the XLSX download), as the API would give it.</summary>
    protected sealed class ProblemResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
