using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Results;
using MotCua.Payments.Features.ClaimExemption;
using MotCua.Payments.Features.RequestPayment;
using MotCua.Payments.Gateway;

namespace MotCua.Payments.Features.ShowPayment;

/// <summary>
/// Thanh toán phí, lệ phí: the fee breakdown of the citizen's dossier, an exemption claim per item that has exempted
/// groups, and the button that sends the browser to the payment platform.
/// </summary>
[Authorize(Policy = CitizenIdentity.Policy)]
public sealed class PayPage : PaymentPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public PaymentOverview? Overview { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostClaimAsync(int item, bool claim, CancellationToken cancellationToken)
    {
        var claimed = await Service<ClaimExemptionHandler>().HandleAsync(User.CitizenId(), Code, item, claim, cancellationToken);
        if (!claimed.IsSuccess)
        {
            return claimed.Error.Kind == ErrorKind.NotFound ? NotFound() : await ShowAsync(cancellationToken, claimed.Error.Message);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPayAsync(CancellationToken cancellationToken)
    {
        var settings = Service<IOptions<GatewayOptions>>().Value;
        var root = settings.PublicBaseUrl ?? new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
        var code = Uri.EscapeDataString(Code);
        var redirect = await Service<RequestPaymentHandler>().HandleAsync(
            User.CitizenId(), Code, new Uri(root, $"cong-dan/ho-so/{code}/thanh-toan/ket-qua"), new Uri(root, "api/v1/payments/callback"), cancellationToken);
        if (!redirect.IsSuccess)
        {
            return redirect.Error.Kind == ErrorKind.NotFound ? NotFound() : await ShowAsync(cancellationToken, redirect.Error.Message);
        }

        // AbsoluteUri keeps the query escaped: ToString() would unescape the Vietnamese order description, which a
        // Location header cannot carry (Kestrel refuses non-ASCII header values).
        return Redirect(redirect.Value.PaymentPage.AbsoluteUri);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken, string? refusal = null)
    {
        var overview = await Service<ShowPaymentHandler>().ForCitizenAsync(User.CitizenId(), Code, cancellationToken);
        if (!overview.IsSuccess)
        {
            return NotFound();
        }

        Overview = overview.Value;
        Refusal = refusal;
        return Page();
    }
}
