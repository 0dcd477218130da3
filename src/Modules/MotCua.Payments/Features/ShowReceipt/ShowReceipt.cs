using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Kernel.Results;
using MotCua.Payments.Domain;

namespace MotCua.Payments.Features.ShowReceipt;

public sealed record ReceiptLine(int Number, string Description, long ListedAmountDong, bool ExemptionClaimed, long AmountDong);

/// <summary>Biên lai thu phí, lệ phí điện tử: number, payer, dossier, items, amount, time and the platform's transaction.</summary>
public sealed record Receipt(
    string Number, string DossierCode, string ProcedureName, string PayerName, string PayerIdentifier, IReadOnlyList<ReceiptLine> Lines,
    long AmountDong, DateTime PaidAtUtc, string OrderId, string TransactionId, int Platform);

internal sealed class ShowReceiptHandler(DbContext db)
{
    private const string NotFound = "Không tìm thấy biên lai này.";

    public async Task<Result<Receipt>> ForCitizenAsync(string? citizenId, string code, string number, CancellationToken cancellationToken)
    {
        var payment = await FindAsync(number, cancellationToken);
        return payment is not null && payment.DossierCode == code && payment.PayerIdentifier == citizenId
            ? Of(payment)
            : Error.NotFound("receipt-not-found", NotFound);
    }

    public async Task<Result<Receipt>> ForStaffAsync(ClaimsPrincipal user, string number, CancellationToken cancellationToken)
    {
        var payment = await FindAsync(number, cancellationToken);
        return payment is not null && PaymentAccess.StaffSees(user, payment.DeskUnitPath)
            ? Of(payment)
            : Error.NotFound("receipt-not-found", NotFound);
    }

    private Task<Payment?> FindAsync(string number, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(number) || number.Length > 40
            ? Task.FromResult<Payment?>(null)
            : db.Set<Payment>().AsNoTracking().SingleOrDefaultAsync(p => p.ReceiptNumber == number && p.State == PaymentState.Paid, cancellationToken);

    private static Receipt Of(Payment p) => new(
        p.ReceiptNumber!, p.DossierCode, p.ProcedureName, p.PayerName, p.PayerIdentifier,
        [.. p.Items.OrderBy(i => i.Number).Select(i => new ReceiptLine(i.Number, i.Description, i.ListedAmountDong, i.ExemptionClaimed, i.AmountDong))],
        p.AmountDong, p.PaidAtUtc!.Value, p.OrderId, p.GatewayTransactionId!, p.Platform);
}
