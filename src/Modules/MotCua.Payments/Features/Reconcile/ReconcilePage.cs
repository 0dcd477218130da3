using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Kernel.Time;

namespace MotCua.Payments.Features.Reconcile;

/// <summary>Đối soát thanh toán: one day's payments here against the platform's list, mismatches first.</summary>
[Authorize(Policy = PaymentPolicies.Reconciliation)]
public sealed class ReconcilePage : PaymentPage
{
    [BindProperty(SupportsGet = true, Name = "ngay")]
    public string? Day { get; set; }

    public DateOnly Date { get; private set; }

    public Reconciliation? Result { get; private set; }

    /// <summary>The date given is not yyyy-MM-dd.</summary>
    public bool BadDay { get; private set; }

    public string? Unavailable { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var day = Service<BusinessClock>().Today;
        if (Day is not null && !ReconcileHandler.TryParseDay(Day, out day))
        {
            BadDay = true;
            return Page();
        }

        Date = day;
        var result = await Service<ReconcileHandler>().HandleAsync(User, Date, cancellationToken);
        if (result.IsSuccess)
        {
            Result = result.Value;
        }
        else
        {
            Unavailable = result.Error.Message;
        }

        return Page();
    }
}
