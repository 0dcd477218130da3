using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Payments.Domain;
using MotCua.Payments.Gateway;

namespace MotCua.Payments.Features.SettlePayment;

/// <summary>
/// The platform's server-to-server notification. Forged messages (bad signature or merchant) are refused before anything
/// is read from the database; messages that do not match their order (amount, dossier) are refused; duplicates and late
/// messages are acknowledged and change nothing.
/// </summary>
internal sealed class ReceiveCallbackHandler(PaymentGatewayClient gateway, PaymentSettler settler)
{
    public const string Via = "callback";

    public async Task<Result<Settlement>> HandleAsync(GatewayCallback message, CancellationToken cancellationToken)
    {
        var report = gateway.Read(message);
        return report.IsSuccess ? await settler.SettleAsync(report.Value, Via, cancellationToken) : report.Error;
    }
}

internal static class ReceiveCallbackEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/payments/callback", async (GatewayCallback message, ReceiveCallbackHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(message, cancellationToken)).Match(settled => TypedResults.Ok(new GatewayAcknowledgement(
                    GatewayCodes.Success, settled.Changed ? "Đã ghi nhận." : "Đã ghi nhận trước đó; không thay đổi."))))
            .AllowAnonymous()
            .WithName("ReceivePaymentCallback")
            .WithSummary("Thông báo kết quả thanh toán từ cổng thanh toán (ký HMAC-SHA256)")
            .Produces<GatewayAcknowledgement>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
