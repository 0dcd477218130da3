using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;

namespace MotCua.Catalog.Features.Edit.RetireProcedure;

internal static class RetireProcedureEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/procedures/{code}/retire", async (string code, RetireProcedureRequest request, ClaimsPrincipal user, RetireProcedureHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).Match(TypedResults.Ok))
            .RequireAuthorization(Policies.CatalogEditor)
            .WithName("RetireProcedure")
            .WithSummary("Bãi bỏ thủ tục theo quyết định; gửi concurrencyStamp nhận được lần trước, sai thì 409")
            .Produces<ProcedureEdited>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
