using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Kernel.Results;

namespace MotCua.Reporting.Features.Facts;

/// <summary>
/// What the report pages share: a refusal shown on the page with the status the API would give for it (400 bad
/// filters, 403 not allowed, 404 unknown or out-of-scope unit), so a bookmarked link with a wrong filter says why.
/// </summary>
public abstract class ReportPage : PageModel
{
    public IReadOnlyList<string> Problems { get; private set; } = [];

    protected IActionResult ShowProblem(Error error)
    {
        Problems = error.Fields is { Count: > 0 } fields ? [.. fields.Values.SelectMany(m => m)] : [error.Message];
        Response.StatusCode = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return Page();
    }
}
