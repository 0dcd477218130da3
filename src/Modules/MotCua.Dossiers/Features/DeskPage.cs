using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features;

/// <summary>
/// What the desk and back-office pages share: a handler's refusal shown next to the inputs (or as a page message,
/// 403, 404, or the 409 of an officer who acted second), the ids tying an input to its message, and Vietnamese dates.
/// </summary>
public abstract partial class DeskPage : PageModel
{
    public const string PageError = "";

    /// <summary>Where partials (an input, an action form) find the page that holds the errors: their own model is the row.</summary>
    public const string ViewDataKey = "DeskPage";

    /// <summary>Set when another officer changed the dossier first: the page shows the fresh state with this message.</summary>
    public string? Conflict { get; protected set; }

    [TempData]
    public string? Notice { get; set; }

    public static DeskPage Of(Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        return (DeskPage)viewData[ViewDataKey]!;
    }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ViewData[ViewDataKey] = this;
        base.OnPageHandlerExecuting(context);
    }

    public IReadOnlyList<string> PageErrors =>
        ModelState.TryGetValue(PageError, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public string? InvalidClass(string key) => HasError(key) ? "is-invalid" : null;

    /// <summary>The ids an input is described by: its hint (when given) and its error (when there is one).</summary>
    public string? DescribedBy(string key, string? hintId = null)
    {
        var ids = string.Join(' ', new[] { hintId, HasError(key) ? ErrorId(key) : null }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }

    public string? AriaInvalid(string key) => HasError(key) ? "true" : null;

    public static string ErrorId(string key) => "loi-" + NonWord().Replace(key, "-").Trim('-');

    public IHtmlContent ErrorFor(string key) => ModelState.FeedbackFor(key, ErrorId(key));

    public static string Local(DateTime utc) =>
        BusinessClock.ToLocal(utc).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string LocalDate(DateTime utc) =>
        BusinessClock.ToLocal(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The page texts (Resources/DeskText.resx): messages a page adds to the handlers' own.</summary>
    protected Microsoft.Extensions.Localization.IStringLocalizer<DeskText> Text => Service<Microsoft.Extensions.Localization.IStringLocalizer<DeskText>>();

    /// <summary>The message of a page opened before someone else acted: the same situation as a lost race (409).</summary>
    protected string StaleMessage(string code, string stateName) => Text["Stale.Message", code, stateName];

    /// <summary>Handlers are internal to the module, so pages resolve them per request rather than through a public constructor.</summary>
    private IReadOnlyDictionary<string, string> _staffNames = new Dictionary<string, string>();

    /// <summary>A staff member's full name for the e-mail a dossier records, or the e-mail when the account is gone.</summary>
    public string NameOf(string? email) =>
        email is null ? string.Empty : _staffNames.TryGetValue(email, out var name) ? name : email;

    protected async Task LoadStaffNamesAsync(IEnumerable<string?> emails, CancellationToken cancellationToken) =>
        _staffNames = await Service<MotCua.Administration.Contracts.IStaffDirectory>().FullNamesAsync(emails, cancellationToken);

    protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    /// <summary>
    /// Shows a handler's refusal: returns the result to send instead of the page, or null to show the page again
    /// (validation messages next to their fields; a conflict as <see cref="Conflict"/>).
    /// </summary>
    protected IActionResult? Show(Error error, Func<string, string>? formKey = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        switch (error.Kind)
        {
            case ErrorKind.Forbidden:
                return Forbid();
            case ErrorKind.NotFound:
                return NotFound();
            case ErrorKind.Conflict:
                Conflict = error.Message;
                return null;
            default:
                ModelState.AddErrors(error, PageError, formKey);
                return null;
        }
    }

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex NonWord();
}
