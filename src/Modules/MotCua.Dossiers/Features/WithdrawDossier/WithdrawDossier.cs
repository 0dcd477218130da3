using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.WithdrawDossier;

public sealed record WithdrawDossierRequest(string? Reason);

/// <summary>Công dân rút hồ sơ.</summary>
internal sealed class WithdrawDossierHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, WithdrawDossierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.Withdraw, (d, c) => d.Withdraw(c.Actor, c.NowUtc, request.Reason ?? string.Empty), cancellationToken);
    }
}

internal static class WithdrawDossierEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/withdraw", "WithdrawDossier", "Công dân rút hồ sơ", async (string code, WithdrawDossierRequest request, ClaimsPrincipal user, WithdrawDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
