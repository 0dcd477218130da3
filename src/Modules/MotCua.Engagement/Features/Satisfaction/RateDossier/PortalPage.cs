using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Results;

namespace MotCua.Engagement.Features.Satisfaction.RateDossier;

/// <summary>The portal's rating page of one of the signed-in citizen's dossiers; someone else's dossier is a 404.</summary>
[Authorize(Policy = CitizenIdentity.Policy)]
public sealed class PortalPage(IStringLocalizer<SatisfactionText> text) : SatisfactionPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Service<RateDossierHandler>().ViewAsync(Code, new RaterProof.Citizen(User), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        View = result.Value;
        FillFromView();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var handler = Service<RateDossierHandler>();
        var result = await handler.RateAsync(Code, new RaterProof.Citizen(User), Answer(), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = text["Form.Thanks"];
            return Redirect($"/cong-dan/ho-so/{Uri.EscapeDataString(result.Value.DossierCode)}/danh-gia");
        }

        if (result.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        Show(result.Error);
        View = (await handler.ViewAsync(Code, new RaterProof.Citizen(User), cancellationToken)).Value;
        return Page();
    }
}
