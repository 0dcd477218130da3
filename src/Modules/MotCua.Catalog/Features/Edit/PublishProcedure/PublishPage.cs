using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;

namespace MotCua.Catalog.Features.Edit.PublishProcedure;

[Authorize(Policy = Policies.CatalogEditor)]
public sealed class PublishPage : DecisionPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(keepStamp: false, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await SubmitAsync(decision => Service<PublishProcedureHandler>().HandleAsync(User, Code, new PublishProcedureRequest(decision, ConcurrencyStamp), cancellationToken),
            "published", cancellationToken);
}
