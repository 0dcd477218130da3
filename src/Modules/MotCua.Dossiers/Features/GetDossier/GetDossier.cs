using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.GetDossier;

/// <summary>One dossier with its history, steps and the actions open to this user; 404 outside the user's scope.</summary>
internal sealed class GetDossierHandler(DossierAccess access)
{
    public async Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadAsync(user, code, trigger: null, tracking: false, cancellationToken);
        return loaded.IsSuccess ? DossierView.Of(loaded.Value, user) : loaded.Error;
    }
}

internal static class GetDossierEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapGet("/{code}", async (string code, ClaimsPrincipal user, GetDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, cancellationToken)).ToHttp(TypedResults.Ok))
            .WithName("GetDossier")
            .WithSummary("Chi tiết hồ sơ: lịch sử, các bước xử lý, thao tác được phép")
            .Produces<DossierView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
