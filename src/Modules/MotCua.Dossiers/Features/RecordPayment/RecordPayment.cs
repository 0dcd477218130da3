using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.RecordPayment;

/// <summary>
/// A fee paid online reaches the dossier: it is kept with the dossier (amount, receipt, platform for 766 indicator 3.6)
/// and, when the dossier waits for its financial obligation, the pause ends through the lifecycle (DOMAIN A3). A second
/// delivery of the same payment changes nothing.
/// </summary>
internal sealed class RecordPaymentHandler(DbContext db, LegalTimeSource legalTime, BusinessClock clock) : IDossierPayments
{
    /// <summary>The actor of the history line and audit entry: the payment platform, not a person.</summary>
    public const string Actor = "cong-thanh-toan";

    public async Task<Result<OnlinePaymentRecorded>> RecordOnlinePaymentAsync(OnlinePaymentRecord payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var dossier = await db.Set<Dossier>().AsSplitQuery().SingleOrDefaultAsync(d => d.Code == payment.DossierCode, cancellationToken);
        if (dossier is null)
        {
            return Error.NotFound("dossier-not-found", DossierAccess.NotFoundMessage);
        }

        var now = clock.UtcNow;
        var from = dossier.State;
        if (!dossier.RecordOnlinePayment(payment.PaymentId, payment.AmountDong, payment.PaidAtUtc, payment.ReceiptNumber, payment.GatewayTransactionId, payment.Platform, now))
        {
            return new OnlinePaymentRecorded(Recorded: false, ResumedProcessing: false);
        }

        var amount = payment.AmountDong.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"));
        var note = $"Thanh toán trực tuyến {amount} đồng, biên lai {payment.ReceiptNumber}";
        db.Add(AuditEntry.Record(now, Actor, "dossier.record-online-payment", nameof(Dossier), dossier.Code, from.ToString(), from.ToString(), note));
        var resumed = false;
        if (dossier.State == DossierState.AwaitingFinancialObligation)
        {
            var time = await legalTime.ForUnitAsync(dossier.ProcessingUnitId, cancellationToken);
            if (dossier.ConfirmPayment(Actor, now, note, time) is { } refused)
            {
                return refused;
            }

            db.Add(AuditEntry.Record(now, Actor, "dossier." + DossierActions.ToKebab(DossierTrigger.ConfirmPayment), nameof(Dossier), dossier.Code,
                from.ToString(), dossier.State.ToString(), note));
            resumed = true;
        }

        // A concurrent change of the dossier fails this save; the outbox delivers the payment again and it is recorded then.
        await db.SaveChangesAsync(cancellationToken);
        return new OnlinePaymentRecorded(Recorded: true, ResumedProcessing: resumed);
    }
}
