using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Kernel.Results;
using MotCua.Payments.Domain;

namespace MotCua.Payments.Features.ShowPayment;

public sealed record PaymentSummary(
    string OrderId, long AmountDong, PaymentState State, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? PaidAtUtc,
    string? ReceiptNumber, string? GatewayTransactionId, string? SettledVia);

/// <summary>A dossier's fees and what has been paid for them, newest payment first.</summary>
public sealed record PaymentOverview(DossierFacts Dossier, FeeBreakdown Fees, IReadOnlyList<PaymentSummary> Payments)
{
    public PaymentSummary? Paid => Payments.FirstOrDefault(p => p.State == PaymentState.Paid);

    /// <summary>Online payment is offered while the dossier is open, nothing is paid yet and something is due.</summary>
    public bool MayPay => !Dossier.IsTerminal && Paid is null && Fees.TotalDong > 0;

    /// <summary>Claims change the amount: they are closed once a payment went through.</summary>
    public bool MayClaim => !Dossier.IsTerminal && Paid is null;
}

internal sealed class ShowPaymentHandler(DbContext db, PaymentAccess access, FeeSchedule schedule)
{
    public async Task<Result<PaymentOverview>> ForCitizenAsync(string? citizenId, string code, CancellationToken cancellationToken) =>
        await OverviewAsync(await access.ForCitizenAsync(citizenId, code, cancellationToken), cancellationToken);

    public async Task<Result<PaymentOverview>> ForStaffAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken) =>
        await OverviewAsync(await access.ForStaffAsync(user, code, cancellationToken), cancellationToken);

    private async Task<Result<PaymentOverview>> OverviewAsync(Result<DossierFacts> found, CancellationToken cancellationToken)
    {
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var dossier = found.Value;
        var fees = await schedule.ForAsync(dossier, cancellationToken)
            ?? new FeeBreakdown([], 0);
        var payments = await db.Set<Payment>().AsNoTracking()
            .Where(p => p.DossierCode == dossier.Code)
            .OrderByDescending(p => p.CreatedAtUtc)
            .Select(p => new PaymentSummary(p.OrderId, p.AmountDong, p.State, p.CreatedAtUtc, p.ExpiresAtUtc, p.PaidAtUtc, p.ReceiptNumber, p.GatewayTransactionId, p.SettledVia))
            .ToListAsync(cancellationToken);
        return new PaymentOverview(dossier, fees, payments);
    }
}
