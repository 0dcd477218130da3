using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.TransferDossier;

/// <summary>Chuyển hồ sơ đến cơ quan giải quyết: bắt đầu bước đầu tiên của quy trình nội bộ.</summary>
internal sealed class TransferDossierHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        return actions.RunAsync(user, code, DossierTrigger.Transfer, (d, c) => d.Transfer(c.Actor, c.NowUtc, c.Time), cancellationToken);
    }
}

internal static class TransferDossierEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/transfer", "TransferDossier", "Chuyển hồ sơ đến cơ quan giải quyết: bắt đầu bước đầu tiên của quy trình nội bộ", async (string code, ClaimsPrincipal user, TransferDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, cancellationToken)).ToHttp(TypedResults.Ok));
}
