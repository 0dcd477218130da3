using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.AssignHandler;

public sealed record AssignHandlerRequest(string? Assignee);

/// <summary>Phân công cán bộ xử lý bước hiện tại.</summary>
internal sealed class AssignHandlerHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, AssignHandlerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.AssignHandler, (d, c) => d.AssignHandler(c.Actor, c.NowUtc, request.Assignee ?? string.Empty), cancellationToken);
    }
}

internal static class AssignHandlerEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/assign", "AssignHandler", "Phân công cán bộ xử lý bước hiện tại", async (string code, AssignHandlerRequest request, ClaimsPrincipal user, AssignHandlerHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
