using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Results;
using MotCua.Payments.Features.SettlePayment;

namespace MotCua.Payments.Features.ShowPayment;

/// <summary>
/// The desk's view of a dossier's fees: the exemptions the citizen claimed (to check against the papers), every payment
/// with its state and receipt, and a status query for a payment still waiting.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class StaffPaymentPage : PaymentPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public PaymentOverview? Overview { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostQueryAsync(string orderId, CancellationToken cancellationToken)
    {
        var status = await Service<QueryStatusHandler>().ForStaffAsync(User, orderId, cancellationToken);
        if (!status.IsSuccess && status.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        return await ShowAsync(cancellationToken, status.IsSuccess ? null : status.Error.Message);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken, string? message = null)
    {
        var overview = await Service<ShowPaymentHandler>().ForStaffAsync(User, Code, cancellationToken);
        if (!overview.IsSuccess)
        {
            return NotFound();
        }

        Overview = overview.Value;
        Message = message;
        return Page();
    }
}
