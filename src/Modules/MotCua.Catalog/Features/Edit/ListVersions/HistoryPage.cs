using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;

namespace MotCua.Catalog.Features.Edit.ListVersions;

[Authorize(Policy = Policies.CatalogEditor)]
public sealed class HistoryPage : EditPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public VersionHistory? History { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var history = await Service<ListVersionsHandler>().HandleAsync(User, Code, cancellationToken);
        if (!history.IsSuccess)
        {
            return Show(history.Error) ?? Page();
        }

        History = history.Value;
        return Page();
    }
}
