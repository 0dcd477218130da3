using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;

namespace MotCua.Catalog.Features.Edit.DefineInternalProcess;

internal static class DefineInternalProcessEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/procedures/{code}/internal-processes/{unitCode}",
                async (string code, string unitCode, DefineInternalProcessRequest request, ClaimsPrincipal user, DefineInternalProcessHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, unitCode, request, cancellationToken)).Match(TypedResults.Ok))
            .RequireAuthorization(Policies.CatalogEditor)
            .WithName("DefineInternalProcess")
            .WithSummary("Lưu hoặc phê duyệt (publish = true) quy trình nội bộ của thủ tục tại một đơn vị; tổng thời gian các bước không được vượt thời hạn giải quyết")
            .Produces<InternalProcessView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
