using MotCua.Dossiers.Contracts;
using MotCua.Kernel.Outbox;
using MotCua.Payments.Contracts;

namespace MotCua.Payments.Features.NotifyDossier;

/// <summary>
/// Tells the dossier of a confirmed payment (<see cref="PaymentTopics.Paid"/>), after the payment was committed. The
/// dossier records it once per payment, so a second delivery is harmless; a refusal fails the attempt and is retried.
/// </summary>
internal sealed class DossierPaymentSubscriber(IDossierPayments dossiers) : IOutboxSubscriber
{
    public const string Name = "payments.dossier";

    public async Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var paid = message.Payload<PaymentReceived>();
        var recorded = await dossiers.RecordOnlinePaymentAsync(
            new OnlinePaymentRecord(paid.PaymentId, paid.DossierCode, paid.AmountDong, paid.PaidAtUtc, paid.ReceiptNumber, paid.GatewayTransactionId, (int)paid.Platform),
            cancellationToken);
        if (!recorded.IsSuccess)
        {
            throw new InvalidOperationException($"Hồ sơ {paid.DossierCode} không ghi nhận thanh toán {paid.ReceiptNumber}: {recorded.Error.Message}");
        }
    }
}
