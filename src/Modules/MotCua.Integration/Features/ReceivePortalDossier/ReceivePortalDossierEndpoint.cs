using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Integration.Features.AuthenticateSystemClients;
using MotCua.Kernel.Http;

namespace MotCua.Integration.Features.ReceivePortalDossier;

internal static class ReceivePortalDossierEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/national-portal/dossiers", Handle)
            .RequireAuthorization(SystemClients.SubmitDossiersPolicy)
            .WithName("ReceivePortalDossier")
            .WithSummary("Cổng DVCQG chuyển một hồ sơ nộp trực tuyến; gửi lại cùng mã hồ sơ trên Cổng trả về cùng mã hồ sơ, không tạo mới")
            .Produces<PortalDossierReceipt>(StatusCodes.Status201Created)
            .Produces<PortalDossierReceipt>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> Handle(PortalDossierRequest request, ClaimsPrincipal user, ReceivePortalDossierHandler handler, CancellationToken cancellationToken)
    {
        var clientId = user.ClientId() ?? throw new InvalidOperationException("The system-client policy let an unidentified caller through.");
        var result = await handler.HandleAsync(clientId, request, cancellationToken);
        return result.Match(receipt => receipt.Replayed
            ? TypedResults.Ok(receipt)
            : TypedResults.Created($"/api/v1/dossiers/{Uri.EscapeDataString(receipt.Code)}", receipt));
    }
}
