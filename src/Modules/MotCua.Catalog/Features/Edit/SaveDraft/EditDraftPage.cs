using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;

namespace MotCua.Catalog.Features.Edit.SaveDraft;

[Authorize(Policy = Policies.CatalogEditor)]
public sealed class EditDraftPage : ProcedureFormPage
{
    public override bool IsNew => false;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public DraftState? State { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Service<SaveDraftHandler>().GetAsync(User, Code, cancellationToken);
        if (!result.IsSuccess)
        {
            return Show(result.Error) ?? Page();
        }

        State = result.Value;
        Form = ProcedureForm.From(State.Content, State.ConcurrencyStamp);
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ReadForm() is { } read)
        {
            var result = await Service<SaveDraftHandler>().HandleAsync(User, Code, new SaveDraftRequest(read.Content, Form.ConcurrencyStamp), cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Saved"] = result.Value.VersionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Redirect($"/quan-ly/thu-tuc/{result.Value.Code}/sua");
            }

            if (Show(result.Error, read.Mapping.FormKey) is { } refused)
            {
                return refused;
            }
        }

        return await ShowAgainAsync(cancellationToken);
    }

    protected override async Task<IActionResult> ShowAgainAsync(CancellationToken cancellationToken)
    {
        var state = await Service<SaveDraftHandler>().GetAsync(User, Code, cancellationToken);
        if (!state.IsSuccess)
        {
            return Show(state.Error) ?? Page();
        }

        State = state.Value;
        return await base.ShowAgainAsync(cancellationToken);
    }
}

/// <summary>The content an editor starts from: the open draft, else the version in force (saving opens the next draft).</summary>
public sealed record DraftState(
    string Code, int Number, bool IsDraft, ProcedureContent Content, Guid ConcurrencyStamp, int? PublishedNumber, DateOnly? RetiredOn);
