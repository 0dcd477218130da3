using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Catalog.Features.Browse;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Areas.Catalog.Pages.Browse;

/// <summary>/thu-tuc/{code}: one procedure laid out like Phần II of a provincial publication decision.</summary>
internal sealed class DetailModel(GetProcedureHandler procedures, BusinessClock clock, IStringLocalizer<BrowseText> text) : PageModel
{
    public ProcedureDetail? Procedure { get; private set; }

    public string? Problem { get; private set; }

    public bool IsToday { get; private set; }

    public async Task OnGetAsync(string code, string? at, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var day = SearchProceduresQuery.ParseDay(string.IsNullOrWhiteSpace(at) ? null : at, "at", errors);
        IsToday = day is null || day == clock.Today;
        ViewData["Breadcrumbs"] = new List<(string, string?)> { (text["Search.Title"], "/thu-tuc"), (code, null) };
        if (!errors.IsEmpty)
        {
            Fail(StatusCodes.Status400BadRequest, errors.ToError().Fields!["at"][0]);
            return;
        }

        var result = await procedures.HandleAsync(code, day ?? clock.Today, cancellationToken);
        if (!result.IsSuccess)
        {
            Fail(StatusCodes.Status404NotFound, result.Error.Message);
            return;
        }

        Procedure = result.Value;
        ViewData["Title"] = Procedure.Name;
    }

    private void Fail(int status, string message)
    {
        Problem = message;
        Response.StatusCode = status;
        ViewData["Title"] = text["Detail.NotFound"].Value;
    }
}
