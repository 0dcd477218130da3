using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.SupplySupplement;

public sealed record SupplySupplementRequest(string? Note);

/// <summary>Ghi nhận công dân đã bổ sung đủ hồ sơ.</summary>
internal sealed class SupplySupplementHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, SupplySupplementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.SupplySupplement, (d, c) => d.SupplySupplement(c.Actor, c.NowUtc, c.Time, request.Note), cancellationToken);
    }
}

internal static class SupplySupplementEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/supply-supplement", "SupplySupplement", "Ghi nhận công dân đã bổ sung đủ hồ sơ", async (string code, SupplySupplementRequest request, ClaimsPrincipal user, SupplySupplementHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
