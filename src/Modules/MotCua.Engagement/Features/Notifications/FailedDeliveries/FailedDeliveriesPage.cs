using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Notifications.FailedDeliveries;

/// <summary>Hàng đợi gửi lỗi: the dead-letter view with "Gửi lại" (ListFailedDeliveries and ResendDelivery handlers).</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class FailedDeliveriesPage(IStringLocalizer<NotificationText> text) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public FailedDeliveryStatus Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    public IReadOnlyList<FailedDelivery> Rows { get; private set; } = [];

    public IReadOnlyList<string> Topics { get; private set; } = [];

    public string? Next { get; private set; }

    public string? Problem { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var handler = HttpContext.RequestServices.GetRequiredService<ListFailedDeliveriesHandler>();
        Topics = await handler.TopicsAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            Problem = text["FailedDeliveries.BadFilter"];
            return Page();
        }

        var result = await handler.HandleAsync(new FailedDeliveryQuery(Status, Topic, After, PageSize), cancellationToken);
        if (!result.IsSuccess)
        {
            Problem = result.Error!.Message;
            return Page();
        }

        Rows = result.Value!.Items;
        Next = result.Value.Next;
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(long id, CancellationToken cancellationToken)
    {
        var error = await HttpContext.RequestServices.GetRequiredService<ResendDeliveryHandler>().HandleAsync(id, cancellationToken);
        Notice = error?.Message ?? text["FailedDeliveries.Resent", id];
        return Redirect(PageUrl(null));
    }

    public string PageUrl(string? after)
    {
        var query = new List<string> { "trang-thai=" + Status };
        if (!string.IsNullOrWhiteSpace(Topic))
        {
            query.Add("loai=" + Uri.EscapeDataString(Topic));
        }

        if (after is not null)
        {
            query.Add("after=" + Uri.EscapeDataString(after));
        }

        return "/quan-tri/hang-doi-gui?" + string.Join('&', query);
    }

    public static string Local(DateTime utc) => BusinessClock.ToLocal(utc).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
