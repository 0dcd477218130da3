using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MotCua.Dossiers.Features;

internal static class DossierEndpoints
{
    /// <summary>A POST that moves a dossier: the updated dossier, or 400 / 403 / 404 / 409 problem details.</summary>
    public static RouteHandlerBuilder MapAction(this RouteGroupBuilder dossiers, string pattern, string name, string summary, Delegate handler) =>
        dossiers.MapPost(pattern, handler)
            .WithName(name)
            .WithSummary(summary)
            .Produces<DossierView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
