using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Results;
using MotCua.Payments.Gateway;

namespace MotCua.Payments.Features.SettlePayment;

/// <summary>
/// Where the platform sends the browser back. The signed parameters only say which order it was: the outcome comes from
/// the callback or, when that has not arrived yet, from a status query made now.
/// </summary>
[Authorize(Policy = CitizenIdentity.Policy)]
public sealed class PaymentResultPage : PaymentPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public PaymentStatus? Status { get; private set; }

    /// <summary>Set when the outcome could not be learnt now (the platform did not answer in time).</summary>
    public string? Unknown { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        if (Service<PaymentGatewayClient>().ReadReturn(query) is not { } report)
        {
            return BadRequest();
        }

        var status = await Service<QueryStatusHandler>().ForCitizenAsync(User.CitizenId(), Code, report.OrderId, cancellationToken);
        if (!status.IsSuccess)
        {
            if (status.Error.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            Unknown = status.Error.Message;
            return Page();
        }

        Status = status.Value;
        return Page();
    }
}
