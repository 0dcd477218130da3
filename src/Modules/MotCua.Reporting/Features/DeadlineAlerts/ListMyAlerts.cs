using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel.Time;

namespace MotCua.Reporting.Features.DeadlineAlerts;

public sealed record MyAlert(string DossierCode, string ProcedureCode, DeadlineAlertKind Kind, AlertRecipientRole Role, DateTime? DueAtUtc, DateTime CreatedAtUtc);

public sealed record MyAlerts(DateOnly Day, IReadOnlyList<MyAlert> Items);

/// <summary>The signed-in member of staff's alerts of today (local day), overdue first, then by appointment.</summary>
internal sealed class ListMyAlertsHandler(DbContext db, BusinessClock clock)
{
    public async Task<MyAlerts> HandleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? string.Empty;
        var today = clock.Today;
        var items = await db.Set<DeadlineAlert>().AsNoTracking()
            .Where(a => a.Recipient == me && a.LocalDay == today)
            .OrderByDescending(a => a.Kind).ThenBy(a => a.DueAtUtc).ThenBy(a => a.DossierCode)
            .Select(a => new MyAlert(a.DossierCode, a.ProcedureCode, a.Kind, a.Role, a.DueAtUtc, a.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        return new MyAlerts(today, items);
    }
}

internal static class MyAlertsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/reports/alerts/mine", async (ClaimsPrincipal user, ListMyAlertsHandler handler, CancellationToken cancellationToken) =>
                Results.Ok(await handler.HandleAsync(user, cancellationToken)))
            .RequireAuthorization(Administration.Contracts.Policies.Staff)
            .WithName("ListMyDeadlineAlerts")
            .WithSummary("Cảnh báo hạn xử lý hồ sơ của tôi trong ngày");
}

/// <summary>Cảnh báo hạn xử lý: <c>/xu-ly/canh-bao</c>.</summary>
[Authorize(Policy = Administration.Contracts.Policies.Staff)]
public sealed class AlertsPage : PageModel
{
    public const string Path = "xu-ly/canh-bao";

    public MyAlerts Alerts { get; private set; } = new(default, []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Alerts = await HttpContext.RequestServices.GetRequiredService<ListMyAlertsHandler>().HandleAsync(User, cancellationToken);
}
