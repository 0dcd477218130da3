using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Features.Browse;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Areas.Catalog.Pages.Browse;

/// <summary>/thu-tuc: the public search, a plain GET form so it works without JavaScript and can be bookmarked.</summary>
internal sealed class IndexModel(
    SearchProceduresHandler search, ListFieldsHandler fields, IOrganisationDirectory directory, BusinessClock clock,
    IStringLocalizer<BrowseText> text) : PageModel
{
    public SearchProceduresQuery Query { get; private set; } = new();

    public Page<ProcedureListItem>? Results { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public IReadOnlyList<FieldItem> Fields { get; private set; } = [];

    public bool IsFiltered =>
        new[] { Query.Q, Query.Agency, Query.Field, Query.Level, Query.Online }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = text["Search.Title"].Value;
        ViewData["Breadcrumbs"] = new List<(string, string?)> { (text["Search.Title"], null) };
        var q = Request.Query;
        Query = new SearchProceduresQuery(q["q"], q["agency"], q["field"], q["level"], q["online"], q["at"], q["after"], q["limit"]);
        Units = await directory.ListAsync(cancellationToken);
        var today = clock.Today;
        Fields = await fields.HandleAsync(today, cancellationToken);

        var criteria = Query.Parse(today);
        var page = criteria.IsSuccess ? await search.HandleAsync(criteria.Value, cancellationToken) : criteria.Error;
        if (page.IsSuccess)
        {
            Results = page.Value;
        }
        else
        {
            Errors = page.Error.Fields ?? new Dictionary<string, string[]>();
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public string? ErrorFor(string parameter) => Errors.TryGetValue(parameter, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>The same search from a cursor: every current filter kept, only the page moves.</summary>
    public string PageUrl(string? after)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["q"] = Query.Q,
            ["agency"] = Query.Agency,
            ["field"] = Query.Field,
            ["level"] = Query.Level,
            ["online"] = Query.Online,
            ["at"] = Query.At,
            ["limit"] = Query.Limit,
            ["after"] = after,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            "/thu-tuc", parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }

    /// <summary>Depth of a unit in the tree, for indenting the agency list ("/H40/" is depth 0).</summary>
    public static int Depth(UnitSummary unit) => unit.Path.Count(c => c == '/') - 2;
}
