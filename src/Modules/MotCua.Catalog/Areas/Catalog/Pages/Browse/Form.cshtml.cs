using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Catalog.Features.Browse;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Areas.Catalog.Pages.Browse;

/// <summary>/thu-tuc/{code}/mau/{index}: the blank form of the index-th dossier component (1-based, as numbered on the page).</summary>
internal sealed class FormModel(DownloadFormHandler forms, BusinessClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, int index, string? at, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var day = SearchProceduresQuery.ParseDay(string.IsNullOrWhiteSpace(at) ? null : at, "at", errors);
        if (!errors.IsEmpty)
        {
            return BadRequest();
        }

        var form = await forms.HandleAsync(code, index, day ?? clock.Today, cancellationToken);
        return form.IsSuccess
            ? File(form.Value.Content, form.Value.ContentType, form.Value.FileName)
            : NotFound();
    }
}
