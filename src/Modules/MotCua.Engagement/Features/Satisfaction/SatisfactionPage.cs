using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Engagement.Features.Satisfaction.RateDossier;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Satisfaction;

/// <summary>
/// What the rating pages share: the answer being given, a handler's refusal shown next to the fields, and dates in
/// Vietnam time. Handlers are internal, so pages resolve them per request.
/// </summary>
public abstract class SatisfactionPage : PageModel
{
    public const string PageError = "";

    [BindProperty]
    public SatisfactionLevel? Overall { get; set; }

    [BindProperty]
    public OfficialsAttitude? Attitude { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>The dossier and its rating once found; null while the rater has not shown they may rate it.</summary>
    public RatingView? View { get; protected set; }

    /// <summary>A refusal that is not about a field (not returned yet, period over, link expired).</summary>
    public string? Refusal { get; protected set; }

    public IReadOnlyList<string> PageErrors =>
        ModelState.TryGetValue(PageError, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public string? InvalidClass(string key) => HasError(key) ? "is-invalid" : null;

    public string? AriaInvalid(string key) => HasError(key) ? "true" : null;

    public static string ErrorId(string key) => "loi-" + key.ToLowerInvariant();

    public string? DescribedBy(string key, string? hintId = null)
    {
        var ids = string.Join(' ', new[] { hintId, HasError(key) ? ErrorId(key) : null }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }

    public IHtmlContent ErrorFor(string key) => ModelState.FeedbackFor(key, ErrorId(key));

    public static string Local(DateTime utc) =>
        BusinessClock.ToLocal(utc).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The form starts from the rating already given, so that a change is a change and not a blank form.</summary>
    protected void FillFromView()
    {
        if (View is null)
        {
            return;
        }

        Overall ??= View.Overall;
        Attitude ??= View.Attitude;
        Comment ??= View.Comment;
    }

    protected RatingRequest Answer() => new(Overall, Attitude, Comment);

    /// <summary>Shows a refusal: a 404 for what the rater may not see, the message otherwise; null means show the page.</summary>
    protected IActionResult? Show(Error error, Func<string, string>? formKey = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        switch (error.Kind)
        {
            case ErrorKind.Forbidden:
                return Forbid();
            case ErrorKind.Validation:
                ModelState.AddErrors(error, PageError, formKey ?? Pascal);
                return null;
            default:
                Refusal = error.Message;
                return null;
        }
    }

    protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private static string Pascal(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}
