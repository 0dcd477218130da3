using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;
using MotCua.Payments.Contracts;
using MotCua.Payments.Domain;

namespace MotCua.Payments.Features.SettlePayment;

/// <summary>
/// Applies a signed report of the platform (callback or status answer) to its payment: one SaveChanges holds the new
/// state, its audit entry and, when paid, the <see cref="PaymentTopics.Paid"/> message. Reports that change nothing
/// (duplicates, late ones) write nothing; refused ones write nothing either.
/// </summary>
internal sealed partial class PaymentSettler(DbContext db, Outbox outbox, BusinessClock clock, ILogger<PaymentSettler> logger)
{
    /// <summary>The actor of the audit entries: the platform's signed word, not a person.</summary>
    public const string Actor = "cong-thanh-toan";

    public async Task<Result<Settlement>> SettleAsync(GatewayReport report, string via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var payment = await db.Set<Payment>().SingleOrDefaultAsync(p => p.OrderId == report.OrderId, cancellationToken);
        if (payment is null)
        {
            LogRefused(report.OrderId, via, "unknown order");
            return Error.NotFound("payment-order-unknown", "Không có giao dịch thanh toán với mã đơn hàng này.");
        }

        var now = clock.UtcNow;
        var settled = payment.Settle(report, via, now);
        if (!settled.IsSuccess)
        {
            LogRefused(report.OrderId, via, settled.Error.Message);
            return settled;
        }

        var settlement = settled.Value;
        if (!settlement.Changed)
        {
            return settlement;
        }

        db.Add(AuditEntry.Record(now, Actor, "payment." + settlement.To.ToString().ToLowerInvariant(), nameof(Payment), payment.OrderId,
            settlement.From.ToString(), settlement.To.ToString(), $"{via}; {payment.DossierCode}; {payment.AmountDong} đồng; {payment.GatewayTransactionId}"));
        if (settlement.To == PaymentState.Paid)
        {
            outbox.Enqueue(db, PaymentTopics.Paid, payment.DossierCode, new PaymentReceived(
                payment.Id, payment.DossierCode, payment.AmountDong, payment.PaidAtUtc!.Value, payment.ReceiptNumber!, payment.GatewayTransactionId!,
                (OnlinePaymentPlatform)payment.Platform));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The callback and a status query settled it at the same moment: the first one wins, this one is a duplicate.
            db.ChangeTracker.Clear();
            var current = await db.Set<Payment>().AsNoTracking().Where(p => p.OrderId == report.OrderId).Select(p => p.State).SingleAsync(cancellationToken);
            return new Settlement(current, current);
        }

        return settlement;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment report for order {OrderId} via {Via} refused: {Reason}")]
    private partial void LogRefused(string orderId, string via, string reason);
}
