using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;

namespace MotCua.Integration.Features.ReconcileNationalPortal;

/// <summary>The system administrator's view of the national-portal sync, with "Đồng bộ lại" on each failed push.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class ReconcileNationalPortalModel(NationalPortalReconciliation reconciliation, IStringLocalizer<ReconciliationText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReconciliationView View { get; set; } = ReconciliationView.Failed;

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public string? ErrorMessage { get; private set; }

    public MismatchPage? Mismatches { get; private set; }

    public Page<UnsyncedItem>? Unsynced { get; private set; }

    public Page<FailedSyncItem>? Failed { get; private set; }

    public string? Next => View switch
    {
        ReconciliationView.Mismatched => Mismatches?.Next,
        ReconciliationView.Unsynced => Unsynced?.Next,
        _ => Failed?.Next,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Error? error = null;
        switch (View)
        {
            case ReconciliationView.Mismatched:
                var mismatches = await reconciliation.MismatchedAsync(After, cancellationToken);
                Mismatches = mismatches.Value;
                error = mismatches.Error;
                break;
            case ReconciliationView.Unsynced:
                var unsynced = await reconciliation.UnsyncedAsync(After, null, cancellationToken);
                Unsynced = unsynced.Value;
                error = unsynced.Error;
                break;
            default:
                var failed = await reconciliation.FailedAsync(After, null, cancellationToken);
                Failed = failed.Value;
                error = failed.Error;
                break;
        }

        ErrorMessage = error?.Message ?? TempData["ErrorMessage"] as string;
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(long id, CancellationToken cancellationToken)
    {
        var result = await reconciliation.ResendAsync(id, cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = text["Resent", result.Value];
        }
        else
        {
            StatusMessage = null;
            TempData["ErrorMessage"] = result.Error.Message;
        }

        return RedirectToPage(new { view = View, after = After });
    }
}
