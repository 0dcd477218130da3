using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.TrackDossier;

public sealed record TrackedEntry(string At, string Text);

/// <summary>What the tracking page shows: plain words, dates, and what the citizen does next.</summary>
public sealed record TrackedDossier(
    string Code, string ProcedureName, string Status, string? Appointment, string? NextStep, IReadOnlyList<string> Missing, IReadOnlyList<TrackedEntry> History);

/// <summary>
/// Tra cứu hồ sơ for citizens: the code and the last four digits of their phone or ID number (TrackDossier handler,
/// the same as <c>GET /api/v1/tracking/{code}</c>); a wrong code and a wrong factor get the same answer.
/// </summary>
public sealed class TrackPage(IStringLocalizer<TrackingText> text) : DeskPage
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "xac-thuc")]
    public string? Factor { get; set; }

    public TrackedDossier? Result { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Code is null && Factor is null)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError("code", text["Track.CodeRequired"]);
        }

        var result = await Service<TrackDossierHandler>().HandleAsync(Code ?? string.Empty, Factor?.Trim(), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Error.Kind == ErrorKind.NotFound && ModelState.IsValid)
            {
                NotFoundMessage = result.Error.Message;
            }
            else if (result.Error.Kind == ErrorKind.Validation)
            {
                Show(result.Error, field => field == "verifier" ? "factor" : field);
            }

            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var view = result.Value;
        var missing = view.SupplementNeeded
            .Select(i => i.ComponentNumber is { } n ? text["Track.MissingItem", n, i.Reason].Value : i.Reason)
            .ToList();
        Result = new TrackedDossier(
            view.Code,
            view.ProcedureName,
            view.StatusName,
            view.AppointmentAt is { } at && view.ReturnedAt is null ? Local(at) : null,
            NextStepFor(view),
            missing,
            [.. view.Events.OrderByDescending(e => e.At).Select(e => new TrackedEntry(Local(e.At), text["Track.Event", e.Description, e.StatusName].Value))]);
        return Page();
    }

    /// <summary>What the applicant has to do now, by national status (DOMAIN B §2.4), or null when nothing.</summary>
    private string? NextStepFor(TrackingView view) => view.StatusCode switch
    {
        1 => text["Next.Registered"],
        2 or 4 => view.AppointmentAt is { } at ? text["Next.Wait", Local(at), view.ReceivedBy].Value : text["Next.WaitNoDate"].Value,
        3 => text["Next.Refused", view.ReceivedBy],
        5 => text["Next.Supplement", view.ReceivedBy],
        6 => text["Next.Pay", view.ReceivedBy],
        9 => text["Next.Collect", view.ReceivedBy],
        10 => text["Next.Done"],
        7 or 8 => text["Next.Ended", view.ReceivedBy],
        _ => null,
    };
}
