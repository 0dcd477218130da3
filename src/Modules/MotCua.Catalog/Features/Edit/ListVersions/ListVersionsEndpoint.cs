using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;

namespace MotCua.Catalog.Features.Edit.ListVersions;

internal static class ListVersionsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/procedures/{code}/versions", async (string code, ClaimsPrincipal user, ListVersionsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, cancellationToken)).Match(TypedResults.Ok))
            .RequireAuthorization(Policies.CatalogEditor)
            .WithName("ListProcedureVersions")
            .WithSummary("Lịch sử phiên bản (kể cả dự thảo) và các thay đổi so với phiên bản trước; concurrencyStamp hiện hành cho lần sửa tiếp theo")
            .Produces<VersionHistory>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
