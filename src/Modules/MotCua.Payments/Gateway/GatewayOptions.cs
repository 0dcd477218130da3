using MotCua.Payments.Contracts;

namespace MotCua.Payments.Gateway;

/// <summary>
/// Configuration section "Payments:Gateway": where the payment platform is and the merchant account MotCua holds with
/// it. Production fills these in from the platform's registration; demo mode and the tests point them at the fake.
/// </summary>
public sealed class GatewayOptions
{
    public const string Section = "Payments:Gateway";

    /// <summary>Root of the platform (its payment page and APIs are relative to it), ending with a slash.</summary>
    public Uri? BaseUrl { get; set; }

    public string MerchantCode { get; set; } = string.Empty;

    /// <summary>The shared secret both sides sign with (HMAC-SHA256).</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>How long MotCua waits for a server-to-server answer before giving up (the payment stays as it was).</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How long a payment may stay unconfirmed before it counts as expired.</summary>
    public int PaymentWindowMinutes { get; set; } = 15;

    /// <summary>DuocThanhToanTrucTuyen recorded for payments through this gateway (766 indicator 3.6).</summary>
    public OnlinePaymentPlatform Platform { get; set; } = OnlinePaymentPlatform.NationalPlatform;

    /// <summary>
    /// Public root of MotCua as the platform must reach it (browser return and server callback); when empty, the
    /// address of the citizen's own request is used.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    public bool IsConfigured => BaseUrl is not null && MerchantCode.Length > 0 && Secret.Length > 0;
}
