using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;

namespace MotCua.Catalog.Features.Edit.RetireProcedure;

[Authorize(Policy = Policies.CatalogEditor)]
public sealed class RetirePage : DecisionPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(keepStamp: false, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await SubmitAsync(decision => Service<RetireProcedureHandler>().HandleAsync(User, Code, new RetireProcedureRequest(decision, ConcurrencyStamp), cancellationToken),
            "retired", cancellationToken);
}
