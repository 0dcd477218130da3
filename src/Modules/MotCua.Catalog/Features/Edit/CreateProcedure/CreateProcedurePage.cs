using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;

namespace MotCua.Catalog.Features.Edit.CreateProcedure;

[Authorize(Policy = Policies.CatalogEditor)]
public sealed class CreateProcedurePage : ProcedureFormPage
{
    public override bool IsNew => true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        Form = new ProcedureForm { ImplementingUnitId = Units.Count == 1 ? Units[0].Id : null }.WithSpareRows();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ReadForm() is { } read)
        {
            var result = await Service<CreateProcedureHandler>().HandleAsync(User, new CreateProcedureRequest(Form.Code ?? string.Empty, read.Content), cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Saved"] = result.Value.Code;
                return Redirect($"/quan-ly/thu-tuc/{result.Value.Code}/sua");
            }

            if (Show(result.Error, read.Mapping.FormKey) is { } refused)
            {
                return refused;
            }
        }

        return await ShowAgainAsync(cancellationToken);
    }
}
