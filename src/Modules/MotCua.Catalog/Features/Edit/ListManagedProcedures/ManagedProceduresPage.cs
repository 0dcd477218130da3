using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Paging;

namespace MotCua.Catalog.Features.Edit.ListManagedProcedures;

[Authorize(Policy = Policies.CatalogEditor)]
public sealed class ManagedProceduresPage : EditPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public Page<ManagedProcedure> Procedures { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await Service<ListManagedProceduresHandler>().HandleAsync(User, Search, After, Keyset.DefaultLimit, cancellationToken);
        if (!page.IsSuccess)
        {
            return Show(page.Error) ?? Page();
        }

        Procedures = page.Value;
        return Page();
    }
}
