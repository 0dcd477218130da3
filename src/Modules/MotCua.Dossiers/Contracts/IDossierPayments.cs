using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Contracts;

/// <summary>
/// A fee paid online for a dossier, as the payment platform confirmed it. <see cref="Platform"/> is DuocThanhToanTrucTuyen
/// (766 indicator 3.6): 1 = the national payment platform, 2 = a ministry or province gateway.
/// </summary>
public sealed record OnlinePaymentRecord(
    Guid PaymentId,
    string DossierCode,
    long AmountDong,
    DateTime PaidAtUtc,
    string ReceiptNumber,
    string GatewayTransactionId,
    int Platform);

/// <summary>What happened on the dossier: whether the payment was new to it and whether it ended the financial-obligation pause.</summary>
public sealed record OnlinePaymentRecorded(bool Recorded, bool ResumedProcessing);

/// <summary>Lets the dossier hear of fees paid online (called by the Payments module when the platform confirms a payment).</summary>
public interface IDossierPayments
{
    /// <summary>
    /// Records the payment on the dossier and, when the dossier waits for its financial obligation (status 6), confirms
    /// the payment through the lifecycle. Idempotent by <see cref="OnlinePaymentRecord.PaymentId"/>.
    /// </summary>
    Task<Result<OnlinePaymentRecorded>> RecordOnlinePaymentAsync(OnlinePaymentRecord payment, CancellationToken cancellationToken);
}
