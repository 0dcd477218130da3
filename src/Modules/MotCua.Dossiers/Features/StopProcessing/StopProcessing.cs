using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.StopProcessing;

public sealed record StopProcessingRequest(string? Reason);

/// <summary>Dừng xử lý: từ chối giải quyết sau thẩm định, nêu lý do.</summary>
internal sealed class StopProcessingHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, StopProcessingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.Stop, (d, c) => d.Stop(c.Actor, c.NowUtc, request.Reason ?? string.Empty), cancellationToken);
    }
}

internal static class StopProcessingEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/stop", "StopProcessing", "Dừng xử lý: từ chối giải quyết sau thẩm định, nêu lý do", async (string code, StopProcessingRequest request, ClaimsPrincipal user, StopProcessingHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
