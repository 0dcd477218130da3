using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.RequestFinancialObligation;

public sealed record RequestFinancialObligationRequest(string? Description, long? AmountDong);

/// <summary>Yêu cầu thực hiện nghĩa vụ tài chính: tạm dừng tính thời hạn.</summary>
internal sealed class RequestFinancialObligationHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, RequestFinancialObligationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.RequestFinancialObligation, (d, c) => d.RequestFinancialObligation(c.Actor, c.NowUtc, request.Description ?? string.Empty, request.AmountDong), cancellationToken);
    }
}

internal static class RequestFinancialObligationEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/request-financial-obligation", "RequestFinancialObligation", "Yêu cầu thực hiện nghĩa vụ tài chính: tạm dừng tính thời hạn", async (string code, RequestFinancialObligationRequest request, ClaimsPrincipal user, RequestFinancialObligationHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
