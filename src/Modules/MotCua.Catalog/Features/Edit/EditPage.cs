using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;

namespace MotCua.Catalog.Features.Edit;

public sealed record FieldOption(string Code, string Name);

/// <summary>
/// What the staff pages share: turning a handler's error into field messages next to the inputs (or a page-level
/// message, 403 or 404), and the ids that tie an input to its message for screen readers.
/// </summary>
public abstract partial class EditPage : PageModel
{
    public const string PageError = "";

    public IReadOnlyList<string> PageErrors =>
        ModelState.TryGetValue(PageError, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public string? InvalidClass(string key) => HasError(key) ? "is-invalid" : null;

    public string? DescribedBy(string key) => HasError(key) ? ErrorId(key) : null;

    public static string ErrorId(string key) => "loi-" + NonWord().Replace(key, "-");

    public IHtmlContent ErrorFor(string key) => ModelState.FeedbackFor(key, ErrorId(key));

    /// <summary>Handlers are internal to the module, so pages resolve them per request rather than through a public constructor.</summary>
    protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    /// <summary>Shows a handler's refusal; returns the result to send instead of the page, or null to show the page again.</summary>
    protected IActionResult? Show(Error error, Func<string, string>? formKey = null)
    {
        switch (error.Kind)
        {
            case ErrorKind.Forbidden:
                return Forbid();
            case ErrorKind.NotFound:
                return NotFound();
            default:
                ModelState.AddErrors(error, PageError, formKey);
                return null;
        }
    }

    protected void Show(ValidationErrors errors) => Show(errors.ToError());

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex NonWord();
}

/// <summary>Choices the procedure form offers: the catalog's fields and the units the editor covers.</summary>
internal sealed class EditOptions(DbContext db, IOrganisationDirectory directory)
{
    public async Task<IReadOnlyList<FieldOption>> FieldsAsync(CancellationToken cancellationToken) =>
        await db.Set<ProcedureField>().AsNoTracking().OrderBy(f => f.Name).Select(f => new FieldOption(f.Code, f.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<UnitSummary>> UnitsInScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        [.. (await directory.ListAsync(cancellationToken)).Where(u => user.Covers(u.Path))];
}

/// <summary>The create and edit pages: one form for the whole procedure content.</summary>
public abstract class ProcedureFormPage : EditPage
{
    [BindProperty]
    public ProcedureForm Form { get; set; } = new();

    public IReadOnlyList<FieldOption> Fields { get; private set; } = [];

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public abstract bool IsNew { get; }

    /// <summary>"Thêm dòng": posts back with more empty rows in one table, saving nothing.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(string table, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Form.WithSpareRows(table, extra: ProcedureForm.SpareRows);
        return await ShowAgainAsync(cancellationToken);
    }

    /// <summary>Shows the posted form again with what the page needs around it (choices, the procedure's state).</summary>
    protected virtual async Task<IActionResult> ShowAgainAsync(CancellationToken cancellationToken)
    {
        Form.WithSpareRows();
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    protected async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        var options = Service<EditOptions>();
        Fields = await options.FieldsAsync(cancellationToken);
        Units = await options.UnitsInScopeAsync(User, cancellationToken);
    }

    /// <summary>Reads the form; on a typing mistake shows it with the domain's other complaints and returns null.</summary>
    protected (ProcedureContent Content, FormMapping Mapping)? ReadForm()
    {
        var typing = new ValidationErrors();
        var (content, mapping) = Form.ToContent(typing, prefix: nameof(Form) + ".");
        if (typing.IsEmpty && ModelState.IsValid)
        {
            return (content, mapping);
        }

        var domain = new ValidationErrors();
        content.Validate(domain);
        Show(typing.ToError());
        var others = domain.ToError();
        foreach (var (field, messages) in others.Fields ?? new Dictionary<string, string[]>())
        {
            var key = mapping.FormKey(field);
            if (!HasError(key))
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(key, message);
                }
            }
        }

        return null;
    }
}
