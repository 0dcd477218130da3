using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;

namespace MotCua.Catalog.Features.Edit.SaveDraft;

internal static class SaveDraftEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/procedures/{code}/draft", async (string code, SaveDraftRequest request, ClaimsPrincipal user, SaveDraftHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).Match(TypedResults.Ok))
            .RequireAuthorization(Policies.CatalogEditor)
            .WithName("SaveProcedureDraft")
            .WithSummary("Lưu dự thảo (mở phiên bản mới nếu chưa có); gửi concurrencyStamp nhận được lần trước, sai thì 409")
            .Produces<ProcedureEdited>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
