using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Citizens;

namespace MotCua.Payments.Features.ShowReceipt;

/// <summary>The citizen's electronic receipt (biên lai điện tử) of a fee paid online for their dossier.</summary>
[Authorize(Policy = CitizenIdentity.Policy)]
public sealed class CitizenReceiptPage : PaymentPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = string.Empty;

    public Receipt? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var receipt = await Service<ShowReceiptHandler>().ForCitizenAsync(User.CitizenId(), Code, Number, cancellationToken);
        if (!receipt.IsSuccess)
        {
            return NotFound();
        }

        Receipt = receipt.Value;
        return Page();
    }
}

/// <summary>The same receipt for the desk that received the dossier.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class StaffReceiptPage : PaymentPage
{
    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = string.Empty;

    public Receipt? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var receipt = await Service<ShowReceiptHandler>().ForStaffAsync(User, Number, cancellationToken);
        if (!receipt.IsSuccess)
        {
            return NotFound();
        }

        Receipt = receipt.Value;
        return Page();
    }
}
