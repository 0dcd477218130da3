using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.ApologizeForDelay;

public sealed record ApologizeForDelayRequest(DateOnly NewDate, string? Reason);

/// <summary>Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04): chỉ một lần.</summary>
internal sealed class ApologizeForDelayHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, ApologizeForDelayRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.Apologize, (d, c) => d.Apologize(c.Actor, c.NowUtc, request.NewDate, request.Reason ?? string.Empty, c.Time), cancellationToken);
    }
}

internal static class ApologizeForDelayEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/apologize", "ApologizeForDelay", "Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04): chỉ một lần", async (string code, ApologizeForDelayRequest request, ClaimsPrincipal user, ApologizeForDelayHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
