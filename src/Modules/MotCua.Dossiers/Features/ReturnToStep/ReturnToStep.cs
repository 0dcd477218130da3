using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.ReturnToStep;

public sealed record ReturnToStepRequest(int PlanIndex, string? Reason);

/// <summary>Trả hồ sơ về một bước trước của quy trình, nêu lý do.</summary>
internal sealed class ReturnToStepHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, ReturnToStepRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.ReturnToStep, (d, c) => d.ReturnToStep(c.Actor, c.NowUtc, request.PlanIndex, request.Reason ?? string.Empty, c.Time), cancellationToken);
    }
}

internal static class ReturnToStepEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/return-to-step", "ReturnToStep", "Trả hồ sơ về một bước trước của quy trình, nêu lý do", async (string code, ReturnToStepRequest request, ClaimsPrincipal user, ReturnToStepHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
