using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.RequestSupplement;

public sealed record RequestSupplementRequest(IReadOnlyList<ReasonItem>? Items, string? Contact);

/// <summary>Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02): khi tiếp nhận, hoặc khi xử lý (thời hạn tính lại từ đầu khi bổ sung đủ).</summary>
internal sealed class RequestSupplementHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, RequestSupplementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.RequestSupplement, (d, c) => d.RequestSupplement(c.Actor, c.NowUtc, request.Items ?? [], request.Contact), cancellationToken);
    }
}

internal static class RequestSupplementEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/request-supplement", "RequestSupplement", "Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02): khi tiếp nhận, hoặc khi xử lý (thời hạn tính lại từ đầu khi bổ sung đủ)", async (string code, RequestSupplementRequest request, ClaimsPrincipal user, RequestSupplementHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
