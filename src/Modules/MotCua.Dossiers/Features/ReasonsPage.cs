using Microsoft.AspNetCore.Mvc;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.PrintForms;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features;

/// <summary>One line of form 02 or 03: the component it concerns and what the citizen must know, in their words.</summary>
public sealed class ReasonRow
{
    /// <summary>The component's number; 0 for "another matter" (not tied to one component); null when not chosen.</summary>
    public int? Component { get; set; }

    public string? Reason { get; set; }

    public bool IsBlank => Component is null && string.IsNullOrWhiteSpace(Reason);
}

/// <summary>
/// The structured-reasons pages (form 02, supplement; form 03, refusal): each reason is tied to a component of the
/// procedure version the dossier is bound to, so the citizen knows exactly which paper to bring.
/// </summary>
public abstract class ReasonsPage : DeskPage
{
    public const int SpareRows = 3;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public List<ReasonRow> Rows { get; set; } = [];

    public DossierView? Dossier { get; private set; }

    public IReadOnlyList<IntakeComponent> Components { get; private set; } = [];

    /// <summary>The handler's field name for the list ("items" for form 02, "reasons" for form 03).</summary>
    protected abstract string ListField { get; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Dossier!.Version;
        Rows = [.. Enumerable.Range(0, SpareRows).Select(_ => new ReasonRow())];
        return Page();
    }

    /// <summary>"Thêm dòng": shows the form again with more empty lines, saving nothing.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Rows.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new ReasonRow()));
        return Page();
    }

    /// <summary>Reads the filled lines; a line with words but no component is a typing mistake shown next to it.</summary>
    protected (IReadOnlyList<ReasonItem> Items, IReadOnlyList<int> RowOf)? ReadRows()
    {
        var items = new List<ReasonItem>();
        var rowOf = new List<int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (row.Component is null)
            {
                ModelState.AddModelError($"Rows[{i}].Component", Text["Reasons.ComponentRequired"]);
            }

            items.Add(new ReasonItem(row.Component is > 0 ? row.Component : null, row.Reason?.Trim() ?? string.Empty));
            rowOf.Add(i);
        }

        return ModelState.IsValid ? (items, rowOf) : null;
    }

    /// <summary>Maps the handler's "items[2].reason" back to the form line it came from.</summary>
    protected Func<string, string> FormKey(IReadOnlyList<int> rowOf) => field =>
    {
        var prefix = ListField + "[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
        {
            return field == ListField ? "Rows" : field;
        }

        var close = field.IndexOf(']', StringComparison.Ordinal);
        if (close < 0 || !int.TryParse(field.AsSpan(prefix.Length, close - prefix.Length), out var index) || index >= rowOf.Count)
        {
            return "Rows";
        }

        var member = field[(close + 1)..].TrimStart('.');
        return $"Rows[{rowOf[index]}].{(member == "componentNumber" ? "Component" : "Reason")}";
    };

    /// <summary>Shows the refusal of a handler with the form as posted (fresh dossier state for a 409).</summary>
    protected async Task<IActionResult> ShowAgainAsync(Error error, IReadOnlyList<int> rowOf, CancellationToken cancellationToken)
    {
        if (Show(error, FormKey(rowOf)) is { } result)
        {
            return result;
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Rows.Count == 0)
        {
            Rows.Add(new ReasonRow());
        }

        return Page();
    }

    /// <summary>The page was opened before someone else acted: show the fresh state instead of acting (a 409 for the user).</summary>
    protected async Task<IActionResult?> StaleAsync(CancellationToken cancellationToken)
    {
        var seen = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Dossier!.Version == seen)
        {
            return null;
        }

        Conflict = StaleMessage(Code, Dossier.StateName);
        Version = Dossier.Version;
        return Page();
    }

    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var reader = Service<StaffDossierReader>();
        Dossier = await reader.FindAsync(User, Code, cancellationToken);
        if (Dossier is null)
        {
            return false;
        }

        Components = await reader.ComponentsAsync(Dossier, cancellationToken);
        if (Components.Count == 0)
        {
            Components = [.. Dossier.Components.Select(c => new IntakeComponent(c.Number, c.Name, c.Originals, c.Copies, Required: false, null, null, Reusable: false))];
        }

        return true;
    }
}
