namespace MotCua.Payments.Contracts;

/// <summary>Outbox topics the Payments module publishes.</summary>
public static class PaymentTopics
{
    /// <summary>A payment for a dossier was confirmed by the gateway (signed callback or status query), once per payment.</summary>
    public const string Paid = "payments.paid";
}

/// <summary>
/// DuocThanhToanTrucTuyen (766 indicator 3.6): 1 = the national payment platform (DVCQG), 2 = a ministry or province gateway.
/// </summary>
public enum OnlinePaymentPlatform
{
    NationalPlatform = 1,
    LocalGateway = 2,
}

/// <summary>What a confirmed online payment tells the other modules (the dossier, notifications, reports).</summary>
public sealed record PaymentReceived(
    Guid PaymentId,
    string DossierCode,
    long AmountDong,
    DateTime PaidAtUtc,
    string ReceiptNumber,
    string GatewayTransactionId,
    OnlinePaymentPlatform Platform);
