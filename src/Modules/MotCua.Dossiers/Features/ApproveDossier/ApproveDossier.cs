using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.ApproveDossier;

public sealed record ApproveDossierRequest(string? Note);

/// <summary>Lãnh đạo ký duyệt kết quả.</summary>
internal sealed class ApproveDossierHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, ApproveDossierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.Approve, (d, c) => d.Approve(c.Actor, c.NowUtc, request.Note), cancellationToken);
    }
}

internal static class ApproveDossierEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/approve", "ApproveDossier", "Lãnh đạo ký duyệt kết quả", async (string code, ApproveDossierRequest request, ClaimsPrincipal user, ApproveDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
