using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Features.Transfer;

namespace MotCua.Catalog.Areas.Catalog.Pages.Transfer;

/// <summary>Nhập, xuất danh mục: upload an exchange file (all or nothing) and download exports.</summary>
[Authorize(Policy = Policies.CatalogEditor)]
[RequestSizeLimit(ImportCatalogHandler.MaxUploadBytes + (64 * 1024))]
public sealed class ImportExportModel(IOrganisationDirectory directory, IStringLocalizer<TransferText> text) : PageModel
{
    public IReadOnlyList<UnitSummary> Agencies { get; private set; } = [];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportSummary? Summary { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<ImportRowError> RowErrors { get; private set; } = [];

    public static long MaxUploadMegabytes => ImportCatalogHandler.MaxUploadBytes / 1024 / 1024;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Upload is null || Upload.Length == 0)
        {
            Problem = text["Import.NoFile"];
            ModelState.AddModelError(nameof(Upload), Problem);
            return Page();
        }

        // The handler is internal to the module; the page model must be public, so it is resolved here.
        var importer = HttpContext.RequestServices.GetRequiredService<ImportCatalogHandler>();
        await using var content = Upload.OpenReadStream();
        var outcome = await importer.ImportAsync(content, Upload.Length, cancellationToken);
        if (outcome.Succeeded)
        {
            Summary = outcome.Summary;
            return Page();
        }

        Problem = outcome.Problem;
        RowErrors = [.. outcome.Errors.Where(e => e.Row > 0)];
        ModelState.AddModelError(nameof(Upload), Problem ?? string.Empty);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = text["Title"].Value;
        ViewData["Breadcrumbs"] = new List<(string Text, string? Href)>
        {
            (text["Breadcrumb.CatalogAdmin"], "/quan-ly/thu-tuc"),
            (text["Title"], null),
        };
        Agencies = [.. (await directory.ListAsync(cancellationToken)).Where(u => u.Kind is not UnitKind.Department)];
    }
}
