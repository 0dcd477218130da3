using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.CompleteStep;

public sealed record CompleteStepRequest(string? Note);

/// <summary>Hoàn thành bước hiện tại, chuyển bước tiếp theo.</summary>
internal sealed class CompleteStepHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, CompleteStepRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.CompleteStep, (d, c) => d.CompleteStep(c.Actor, c.NowUtc, request.Note, c.Time), cancellationToken);
    }
}

internal static class CompleteStepEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/complete-step", "CompleteStep", "Hoàn thành bước hiện tại, chuyển bước tiếp theo", async (string code, CompleteStepRequest request, ClaimsPrincipal user, CompleteStepHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
