using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.RefuseDossier;

public sealed record RefuseDossierRequest(IReadOnlyList<ReasonItem>? Reasons);

/// <summary>Từ chối tiếp nhận hồ sơ, nêu rõ lý do (mẫu 03).</summary>
internal sealed class RefuseDossierHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, RefuseDossierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.Refuse, (d, c) => d.Refuse(c.Actor, c.NowUtc, request.Reasons ?? []), cancellationToken);
    }
}

internal static class RefuseDossierEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/refuse", "RefuseDossier", "Từ chối tiếp nhận hồ sơ, nêu rõ lý do (mẫu 03)", async (string code, RefuseDossierRequest request, ClaimsPrincipal user, RefuseDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
