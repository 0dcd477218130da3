using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Payments.Domain;
using MotCua.Payments.Gateway;

namespace MotCua.Payments.Features.SettlePayment;

public sealed record PaymentStatus(string OrderId, string DossierCode, PaymentState State, long AmountDong, string? ReceiptNumber, bool Changed);

/// <summary>
/// Asks the platform what became of a pending payment (after the browser's return, when the callback is late or lost,
/// or from the desk) and settles it from the signed answer. The call out runs before any write and outside any
/// transaction; when the platform does not answer in time the payment stays as it was.
/// </summary>
internal sealed class QueryStatusHandler(DbContext db, PaymentGatewayClient gateway, PaymentSettler settler)
{
    public const string Via = "status-query";

    public async Task<Result<PaymentStatus>> ForCitizenAsync(string? citizenId, string code, string orderId, CancellationToken cancellationToken)
    {
        var payment = await FindAsync(orderId, cancellationToken);
        return payment is not null && payment.DossierCode == code && payment.PayerIdentifier == citizenId
            ? await QueryAsync(payment, cancellationToken)
            : Error.NotFound("payment-not-found", "Không tìm thấy giao dịch thanh toán này.");
    }

    public async Task<Result<PaymentStatus>> ForStaffAsync(ClaimsPrincipal user, string orderId, CancellationToken cancellationToken)
    {
        var payment = await FindAsync(orderId, cancellationToken);
        return payment is not null && PaymentAccess.StaffSees(user, payment.DeskUnitPath)
            ? await QueryAsync(payment, cancellationToken)
            : Error.NotFound("payment-not-found", "Không tìm thấy giao dịch thanh toán này.");
    }

    private Task<Payment?> FindAsync(string orderId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(orderId) || orderId.Length > 32
            ? Task.FromResult<Payment?>(null)
            : db.Set<Payment>().AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == orderId, cancellationToken);

    private async Task<Result<PaymentStatus>> QueryAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (payment.State != PaymentState.Pending)
        {
            return Status(payment, payment.State, changed: false);
        }

        var report = await gateway.QueryStatusAsync(payment.OrderId, cancellationToken);
        if (!report.IsSuccess)
        {
            return report.Error;
        }

        var settled = await settler.SettleAsync(report.Value, Via, cancellationToken);
        if (!settled.IsSuccess)
        {
            return settled.Error;
        }

        var current = await db.Set<Payment>().AsNoTracking().SingleAsync(p => p.Id == payment.Id, cancellationToken);
        return Status(current, current.State, settled.Value.Changed);
    }

    private static PaymentStatus Status(Payment payment, PaymentState state, bool changed) =>
        new(payment.OrderId, payment.DossierCode, state, payment.AmountDong, payment.ReceiptNumber, changed);
}

internal static class QueryStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/payments/{orderId}/status-query", async (string orderId, ClaimsPrincipal user, QueryStatusHandler handler, CancellationToken cancellationToken) =>
                (await handler.ForStaffAsync(user, orderId, cancellationToken)).Match(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff)
            .WithName("QueryPaymentStatus")
            .WithSummary("Tra cứu trạng thái giao dịch tại cổng thanh toán và cập nhật thanh toán đang chờ")
            .Produces<PaymentStatus>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
