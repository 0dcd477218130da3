using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Kernel.Results;

namespace MotCua.Administration.Features;

/// <summary>A page with a form: shows a handler's <see cref="Error"/> next to the fields it names.</summary>
public abstract class FormPage : PageModel
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    public IReadOnlyDictionary<string, string[]> FieldErrors { get; private set; } = NoErrors;

    public string? ErrorSummary { get; private set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    public string? ErrorFor(string field) =>
        FieldErrors.TryGetValue(field, out var messages) ? string.Join("\n", messages) : null;

    protected void ShowErrors(Error error)
    {
        FieldErrors = error.Fields ?? NoErrors;
        ErrorSummary = error.Message;
    }
}
