using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;

namespace MotCua.Catalog.Features.Edit.PublishProcedure;

internal static class PublishProcedureEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/procedures/{code}/publish", async (string code, PublishProcedureRequest request, ClaimsPrincipal user, PublishProcedureHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).Match(TypedResults.Ok))
            .RequireAuthorization(Policies.CatalogEditor)
            .WithName("PublishProcedure")
            .WithSummary("Công bố dự thảo theo quyết định công bố; gửi concurrencyStamp nhận được lần trước, sai thì 409")
            .Produces<ProcedureEdited>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
