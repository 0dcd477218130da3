using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.ReceiveFromOtherAgency;

public sealed record ReceiveFromOtherAgencyRequest(string? Note);

/// <summary>Nhận lại hồ sơ từ cơ quan phối hợp.</summary>
internal sealed class ReceiveFromOtherAgencyHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, ReceiveFromOtherAgencyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.ReceiveFromOtherAgency, (d, c) => d.ReceiveFromOtherAgency(c.Actor, c.NowUtc, request.Note, c.Time), cancellationToken);
    }
}

internal static class ReceiveFromOtherAgencyEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/receive-from-agency", "ReceiveFromOtherAgency", "Nhận lại hồ sơ từ cơ quan phối hợp", async (string code, ReceiveFromOtherAgencyRequest request, ClaimsPrincipal user, ReceiveFromOtherAgencyHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
