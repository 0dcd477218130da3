using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.SendToOtherAgency;

public sealed record SendToOtherAgencyRequest(string? AgencyName, string? Task, decimal BudgetAmount, DurationUnit BudgetUnit);

/// <summary>Chuyển liên thông đến cơ quan phối hợp với thời hạn riêng.</summary>
internal sealed class SendToOtherAgencyHandler(DossierActions actions)
{
    public Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, SendToOtherAgencyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return actions.RunAsync(user, code, DossierTrigger.SendToOtherAgency, (d, c) => d.SendToOtherAgency(c.Actor, c.NowUtc, request.AgencyName ?? string.Empty, request.Task ?? string.Empty, new LegalDuration(request.BudgetAmount, request.BudgetUnit == 0 ? DurationUnit.WorkingDays : request.BudgetUnit), c.Time), cancellationToken);
    }
}

internal static class SendToOtherAgencyEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/send-to-agency", "SendToOtherAgency", "Chuyển liên thông đến cơ quan phối hợp với thời hạn riêng", async (string code, SendToOtherAgencyRequest request, ClaimsPrincipal user, SendToOtherAgencyHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
