using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Features.Browse;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Areas.Catalog.Pages.Browse;

/// <summary>
/// /thu-tuc/cong-khai/{unitCode}: the list a one-stop desk posts at its counter (NĐ 63/2010 Đ17; TT 01/2018 Đ3),
/// laid out like Phần I of a publication decision and printable on A4 landscape.
/// </summary>
internal sealed class PublicityModel(ListPublicityHandler publicity, IOrganisationDirectory directory, BusinessClock clock, IStringLocalizer<BrowseText> text) : PageModel
{
    public Publicity? List { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? ChosenUnit { get; set; }

    public async Task<IActionResult> OnGetAsync(string? unitCode, CancellationToken cancellationToken)
    {
        // The unit picker is a GET form (works without JavaScript); it lands here and moves to the clean URL.
        if (unitCode is null && !string.IsNullOrWhiteSpace(ChosenUnit))
        {
            return Redirect($"/thu-tuc/cong-khai/{Uri.EscapeDataString(ChosenUnit.Trim())}");
        }

        ViewData["Title"] = text["Publicity.Title"].Value;
        ViewData["Breadcrumbs"] = new List<(string, string?)> { (text["Search.Title"], "/thu-tuc"), (text["Publicity.Title"], null) };
        Units = await directory.ListAsync(cancellationToken);
        if (unitCode is null)
        {
            return Page();
        }

        var result = await publicity.HandleAsync(unitCode, clock.Today, cancellationToken);
        if (!result.IsSuccess)
        {
            Problem = result.Error.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        List = result.Value;
        ChosenUnit = List.Unit.Code;
        ViewData["Title"] = text["Publicity.TitleFor", List.Unit.Name].Value;
        return Page();
    }
}
