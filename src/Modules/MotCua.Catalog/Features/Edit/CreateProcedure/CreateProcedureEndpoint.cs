using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;

namespace MotCua.Catalog.Features.Edit.CreateProcedure;

internal static class CreateProcedureEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/procedures", async (CreateProcedureRequest request, ClaimsPrincipal user, CreateProcedureHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, request, cancellationToken))
                .Match(edited => TypedResults.Created($"/api/v1/procedures/{edited.Code}/versions", edited)))
            .RequireAuthorization(Policies.CatalogEditor)
            .WithName("CreateProcedure")
            .WithSummary("Thêm thủ tục mới (dự thảo phiên bản 1); trả về concurrencyStamp dùng cho lần sửa tiếp theo")
            .Produces<ProcedureEdited>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
