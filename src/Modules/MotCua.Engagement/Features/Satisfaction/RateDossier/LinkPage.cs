using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace MotCua.Engagement.Features.Satisfaction.RateDossier;

/// <summary>The page an SMS links to: the signed token names the dossier, so no sign-in and no digits are asked.</summary>
[AllowAnonymous]
public sealed class LinkPage(IStringLocalizer<SatisfactionText> text) : SatisfactionPage
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Service<RateDossierHandler>().ViewAsync(null, new RaterProof.Link(Token), cancellationToken);
        if (result.IsSuccess)
        {
            View = result.Value;
            FillFromView();
        }
        else
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Show(result.Error);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var handler = Service<RateDossierHandler>();
        var result = await handler.RateAsync(null, new RaterProof.Link(Token), Answer(), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = text["Form.Thanks"];
            return Redirect(RatingLinks.Route + Uri.EscapeDataString(Token));
        }

        var shown = Show(result.Error);
        if ((await handler.ViewAsync(null, new RaterProof.Link(Token), cancellationToken)) is { IsSuccess: true } current)
        {
            View = current.Value;
        }

        return shown ?? Page();
    }
}
