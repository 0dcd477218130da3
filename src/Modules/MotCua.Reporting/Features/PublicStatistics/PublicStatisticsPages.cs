using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Reporting.Features.PublicStatistics;

/// <summary>Thống kê công khai: the list of agencies, <c>/thong-ke</c>.</summary>
[AllowAnonymous]
public sealed class PublicUnitsPage : PageModel
{
    public IReadOnlyList<PublicUnit> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Units = await HttpContext.RequestServices.GetRequiredService<ShowPublicStatisticsHandler>().ListAsync(cancellationToken);
}

/// <summary>Thống kê công khai of one agency, <c>/thong-ke/{unitCode}</c>.</summary>
[AllowAnonymous]
public sealed class PublicStatisticsPage : PageModel
{
    public PublicStatistics? Statistics { get; private set; }

    public async Task<IActionResult> OnGetAsync(string unitCode, CancellationToken cancellationToken)
    {
        var result = await HttpContext.RequestServices.GetRequiredService<ShowPublicStatisticsHandler>().HandleAsync(unitCode, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Statistics = result.Value;
        return Page();
    }
}
