using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.AcceptDossier;

/// <summary>Tiếp nhận hồ sơ đầy đủ: cấp giấy tiếp nhận và hẹn trả kết quả (mẫu 01).</summary>
internal sealed class AcceptDossierHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        return actions.RunAsync(user, code, DossierTrigger.Accept, (d, c) => d.Accept(c.Actor, c.NowUtc, c.Time), cancellationToken);
    }
}

internal static class AcceptDossierEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/accept", "AcceptDossier", "Tiếp nhận hồ sơ đầy đủ: cấp giấy tiếp nhận và hẹn trả kết quả (mẫu 01)", async (string code, ClaimsPrincipal user, AcceptDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, cancellationToken)).ToHttp(TypedResults.Ok));
}
