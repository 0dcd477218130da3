using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.SubmitForApproval;

public sealed record SubmitForApprovalRequest(string? Note);

/// <summary>Trình lãnh đạo ký duyệt.</summary>
internal sealed class SubmitForApprovalHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, SubmitForApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.SubmitForApproval, (d, c) => d.SubmitForApproval(c.Actor, c.NowUtc, request.Note), cancellationToken);
    }
}

internal static class SubmitForApprovalEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/submit-for-approval", "SubmitForApproval", "Trình lãnh đạo ký duyệt", async (string code, SubmitForApprovalRequest request, ClaimsPrincipal user, SubmitForApprovalHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
