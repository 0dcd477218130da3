using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.ConfirmPayment;

public sealed record ConfirmPaymentRequest(string? Note);

/// <summary>Xác nhận đã thực hiện nghĩa vụ tài chính: thời hạn tiếp tục, lùi theo thời gian tạm dừng.</summary>
internal sealed class ConfirmPaymentHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, ConfirmPaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.ConfirmPayment, (d, c) => d.ConfirmPayment(c.Actor, c.NowUtc, request.Note, c.Time), cancellationToken);
    }
}

internal static class ConfirmPaymentEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/confirm-payment", "ConfirmPayment", "Xác nhận đã thực hiện nghĩa vụ tài chính: thời hạn tiếp tục, lùi theo thời gian tạm dừng", async (string code, ConfirmPaymentRequest request, ClaimsPrincipal user, ConfirmPaymentHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
