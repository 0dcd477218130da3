using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace MotCua.Engagement.Features.Satisfaction.RateDossier;

/// <summary>
/// The counter tablet (NĐ 61/2018 Đ29: electronic devices at the counter): the citizen types the dossier code and the
/// last four digits of their phone or ID, answers, and the page clears itself for the next citizen.
/// </summary>
[Authorize(Policy = Administration.Contracts.Policies.Staff, Roles = Administration.Contracts.StaffRoles.DeskOfficer + "," + Administration.Contracts.StaffRoles.SystemAdmin)]
public sealed class KioskPage(IStringLocalizer<SatisfactionText> text) : SatisfactionPage
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Verifier { get; set; }

    [BindProperty(SupportsGet = true, Name = "cam-on")]
    public bool Thanked { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), text["Kiosk.CodeRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Service<RateDossierHandler>().RateAsync(Code, new RaterProof.Kiosk(User, Verifier), Answer(), cancellationToken);
        if (result.IsSuccess)
        {
            // Post-redirect-get to an empty form: the next citizen never sees the previous one's code or answers.
            return Redirect("/mot-cua/kiosk/danh-gia?cam-on=true");
        }

        return Show(result.Error, field => field == "verifier" ? nameof(Verifier) : char.ToUpperInvariant(field[0]) + field[1..]) ?? Page();
    }
}
