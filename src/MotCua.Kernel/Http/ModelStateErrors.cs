using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MotCua.Kernel.Results;

namespace MotCua.Kernel.Http;

/// <summary>The page side of <see cref="ProblemResults"/>: a refusal shown as a summary and messages next to the fields.</summary>
public static class ModelStateErrors
{
    /// <summary>
    /// Adds the error's message under <paramref name="summaryKey"/> and each field message under its form key
    /// (<paramref name="formKey"/> maps a handler's field name to the form's, e.g. "name" → "Form.Name").
    /// </summary>
    public static void AddErrors(this ModelStateDictionary state, Error error, string summaryKey, Func<string, string>? formKey = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(error);
        state.AddModelError(summaryKey, error.Message);
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                state.AddModelError(formKey?.Invoke(field) ?? field, message);
            }
        }
    }

    /// <summary>
    /// The messages of <paramref name="key"/> as the feedback block under its field, with the id the field's
    /// <c>aria-describedby</c> points at; nothing when the field has no error.
    /// </summary>
    public static IHtmlContent FeedbackFor(this ModelStateDictionary state, string key, string id)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            return HtmlString.Empty;
        }

        var builder = new HtmlContentBuilder();
        builder.AppendHtml($"<div class=\"invalid-feedback d-block\" id=\"{System.Net.WebUtility.HtmlEncode(id)}\">");
        builder.Append(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal)));
        builder.AppendHtml("</div>");
        return builder;
    }
}
