using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Reporting.Domain.Statutory;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>
/// The reader's background reports with their progress; while one is still queued or running the page refreshes
/// itself every few seconds (a meta refresh: it works without scripts), and a finished one offers its file.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RunsPage : PageModel
{
    public IReadOnlyList<ReportRunView> Runs { get; private set; } = [];

    public bool Busy => Runs.Any(r => r.State is ReportRunState.Queued or ReportRunState.Running);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Runs = await HttpContext.RequestServices.GetRequiredService<B06RunsHandler>().ListAsync(User, 50, cancellationToken);
        return Page();
    }
}
