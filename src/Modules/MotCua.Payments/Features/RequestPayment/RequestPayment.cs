using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;
using MotCua.Payments.Domain;
using MotCua.Payments.Gateway;

namespace MotCua.Payments.Features.RequestPayment;

/// <summary>Where to send the citizen's browser: the platform's payment page for this order.</summary>
public sealed record PaymentRedirect(string OrderId, long AmountDong, Uri PaymentPage);

/// <summary>
/// The applicant (or their representative) asks to pay a dossier's fees online: a pending payment with the fee items,
/// their amount and a new order number, and the signed redirect to the platform. An unexpired pending payment of the
/// same amount is sent again rather than doubled.
/// </summary>
internal sealed class RequestPaymentHandler(
    DbContext db, PaymentAccess access, FeeSchedule schedule, PaymentGatewayClient gateway, IOptions<GatewayOptions> options, BusinessClock clock)
{
    public async Task<Result<PaymentRedirect>> HandleAsync(string? citizenId, string code, Uri returnUrl, Uri notifyUrl, CancellationToken cancellationToken)
    {
        var found = await access.ForCitizenAsync(citizenId, code, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var dossier = found.Value;
        if (!gateway.IsConfigured)
        {
            return Error.Unavailable("payment-gateway-not-configured", "Thanh toán trực tuyến chưa được cấu hình; vui lòng nộp phí, lệ phí tại Bộ phận Một cửa.");
        }

        if (dossier.IsTerminal)
        {
            return Error.Conflict("dossier-closed", "Hồ sơ đã kết thúc; không thể thanh toán trực tuyến.");
        }

        var payments = await db.Set<Payment>().Where(p => p.DossierCode == dossier.Code).ToListAsync(cancellationToken);
        if (payments.Any(p => p.State == PaymentState.Paid))
        {
            return Error.Conflict("payment-already-paid", "Phí, lệ phí của hồ sơ đã được thanh toán.");
        }

        var fees = await schedule.ForAsync(dossier, cancellationToken);
        if (fees is null || fees.TotalDong <= 0)
        {
            return Error.Validation("nothing-to-pay", "Hồ sơ không có khoản phí, lệ phí nào phải nộp trực tuyến.");
        }

        var now = clock.UtcNow;
        var open = payments
            .Where(p => p.State == PaymentState.Pending && p.ExpiresAtUtc > now && p.AmountDong == fees.TotalDong)
            .MaxBy(p => p.CreatedAtUtc);
        if (open is not null)
        {
            return new PaymentRedirect(open.OrderId, open.AmountDong, gateway.PaymentPageUrl(open, returnUrl, notifyUrl));
        }

        var payerName = dossier.Applicant.Identifier == citizenId ? dossier.Applicant.Name : dossier.Representative?.Name ?? dossier.Applicant.Name;
        var settings = options.Value;
        var requested = Payment.Request(
            new PaymentFor(dossier.Id, dossier.Code, dossier.ProcedureCode, dossier.ProcedureName, dossier.DeskUnitPath, citizenId!, payerName),
            FeeSchedule.ItemsOf(fees), (int)settings.Platform, now, TimeSpan.FromMinutes(settings.PaymentWindowMinutes));
        if (!requested.IsSuccess)
        {
            return requested.Error;
        }

        var payment = requested.Value;
        db.Add(payment);
        db.Add(AuditEntry.Record(now, citizenId!, "payment.request", nameof(Payment), payment.OrderId, null, payment.State.ToString(),
            $"{payment.DossierCode}: {payment.AmountDong} đồng"));
        await db.SaveChangesAsync(cancellationToken);
        return new PaymentRedirect(payment.OrderId, payment.AmountDong, gateway.PaymentPageUrl(payment, returnUrl, notifyUrl));
    }
}
