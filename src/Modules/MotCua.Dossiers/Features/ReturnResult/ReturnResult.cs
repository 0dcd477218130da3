using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.ReturnResult;

public sealed record ReturnResultRequest(ReturnMethod Method, string? ReceivedBy, DateTimeOffset? ReturnedAt);

/// <summary>Trả kết quả: người nhận, hình thức, thời điểm (không ở tương lai).</summary>
internal sealed class ReturnResultHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, ReturnResultRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.ReturnResult, (d, c) => d.ReturnResult(c.Actor, c.NowUtc, request.Method, request.ReceivedBy ?? string.Empty, request.ReturnedAt?.UtcDateTime ?? c.NowUtc), cancellationToken);
    }
}

internal static class ReturnResultEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/return-result", "ReturnResult", "Trả kết quả: người nhận, hình thức, thời điểm (không ở tương lai)", async (string code, ReturnResultRequest request, ClaimsPrincipal user, ReturnResultHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
