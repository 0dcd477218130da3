using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.AssignHandler;

public sealed record AssignHandlerRequest(string? Assignee);

/// <summary>Phân công cán bộ xử lý bước hiện tại.</summary>
internal sealed class AssignHandlerHandler(DossierActions actions, IStaffDirectory staff)
{
    public async Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, AssignHandlerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var assignee = request.Assignee?.Trim() ?? string.Empty;
        var names = await staff.FullNamesAsync([assignee], cancellationToken);
        return await actions.RunAsync(
            user, code, DossierTrigger.AssignHandler, (d, c) => d.AssignHandler(c.Actor, c.NowUtc, assignee, names.GetValueOrDefault(assignee)), cancellationToken,
            afterApply: async dossier => await CarriesStepAsync(dossier, assignee, cancellationToken));
    }

    /// <summary>Only an active officer of the step's unit, or of one of its phòng, can be given the step.</summary>
    private async Task<Error?> CarriesStepAsync(Dossier dossier, string assignee, CancellationToken cancellationToken)
    {
        var step = dossier.CurrentStep!;
        var candidates = await staff.ActiveCarryingAsync(step.UnitPath, cancellationToken);
        return candidates.Any(s => string.Equals(s.Email, assignee, StringComparison.Ordinal))
            ? null
            : Error.Field("assignee", $"\"{assignee}\" không phải cán bộ đang làm việc tại {step.UnitName}, đơn vị thực hiện bước này.");
    }
}

internal static class AssignHandlerEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/assign", "AssignHandler", "Phân công cán bộ xử lý bước hiện tại", async (string code, AssignHandlerRequest request, ClaimsPrincipal user, AssignHandlerHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
