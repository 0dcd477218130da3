using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Kernel.Time;
using MotCua.Reporting.Domain.Index766;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.Index766;

/// <summary>A named period the page offers as a shortcut (this month, last quarter, …).</summary>
public sealed record PeriodShortcut(string Key, DateOnly From, DateOnly To);

/// <summary>
/// Chỉ số 766 of a unit: public like the national portal's, with the period and unit pickers, every figure linking to
/// the list behind it, the ranking among peers and each group's trend over the last 12 months.
/// </summary>
public sealed class Index766Page : ReportPage
{
    [BindProperty(SupportsGet = true, Name = "donVi")]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "thuTuc")]
    public string? Procedure { get; set; }

    [BindProperty(SupportsGet = true, Name = "linhVuc")]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true, Name = "canBo")]
    public string? Officer { get; set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    /// <summary>The fields (lĩnh vực) to narrow to, by name.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; private set; } = new Dictionary<string, string>();

    /// <summary>The officers of the chosen unit, offered to its leaders only.</summary>
    public IReadOnlyList<StaffMember> Officers { get; private set; } = [];

    public IReadOnlyList<PeriodShortcut> Shortcuts { get; private set; } = [];

    public Index766Result? Index { get; private set; }

    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    public static Formula Formula => Formula766.Dvcqg;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var services = HttpContext.RequestServices;
        var today = services.GetRequiredService<BusinessClock>().Today;
        Units = await services.GetRequiredService<IOrganisationDirectory>().ListAsync(cancellationToken);
        Shortcuts = ShortcutsFor(today);
        // Without a choice: the province (the root), and this month.
        Unit ??= Units.FirstOrDefault(u => u.ParentId is null)?.Id;
        if (From is null && To is null)
        {
            (From, To) = (Shortcuts[0].From, Shortcuts[0].To);
        }

        Fields = await services.GetRequiredService<IProcedureCatalog>().FieldNamesAsync(cancellationToken);
        if (Units.FirstOrDefault(u => u.Id == Unit) is { } chosen && Index766Handler.MayReadOfficers(User, chosen.Path))
        {
            Officers = await services.GetRequiredService<IStaffDirectory>().ActiveCarryingAsync(chosen.Path, cancellationToken);
        }

        var handler = services.GetRequiredService<Index766Handler>();
        var result = await handler.HandleAsync(User, new Index766Request(Unit, From, To, Procedure, Field, Officer), cancellationToken);
        if (!result.IsSuccess)
        {
            return ShowProblem(result.Error);
        }

        Index = result.Value;
        Trend = await handler.TrendAsync(Index.UnitId, Index.To, new ReportScope(string.Empty, Index.Procedure, Index.Field, null, Index.Officer), cancellationToken);
        return Page();
    }

    /// <summary>The trend as Chart.js data (months and one series per group), read by wwwroot/index766-chart.js.</summary>
    public string TrendJson() => JsonSerializer.Serialize(new
    {
        labels = Trend.Select(t => t.Month.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)),
        series = Formula.Groups.Select((g, i) => new { name = $"{g.Number}. {g.Name}", max = g.MaxPoints, points = Trend.Select(t => t.GroupPoints[i]) }),
    });

    public string PageUrl(DateOnly from, DateOnly to) =>
        Index766Links.Path + QueryString.Create(new Dictionary<string, string?>
        {
            ["donVi"] = Unit?.ToString(),
            ["tu"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["den"] = to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["thuTuc"] = Procedure,
            ["linhVuc"] = Field,
            ["canBo"] = Officer,
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    /// <summary>This and last month, quarter and year (the periods 766 is read for), and the 6- and 9-month periods of the year.</summary>
    public static IReadOnlyList<PeriodShortcut> ShortcutsFor(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var year = new DateOnly(today.Year, 1, 1);
        return
        [
            new("ThisMonth", month, month.AddMonths(1).AddDays(-1)),
            new("LastMonth", month.AddMonths(-1), month.AddDays(-1)),
            new("ThisQuarter", quarter, quarter.AddMonths(3).AddDays(-1)),
            new("LastQuarter", quarter.AddMonths(-3), quarter.AddDays(-1)),
            new("ThisYear", year, year.AddYears(1).AddDays(-1)),
            new("LastYear", year.AddYears(-1), year.AddDays(-1)),
        ];
    }
}

/// <summary>The procedures behind a procedure-level figure of the 766 index (1.1–1.3, 3.1, 3.2, 3.5a/b, 4.5a).</summary>
public sealed class Index766ProceduresPage : ReportPage
{
    [BindProperty(SupportsGet = true, Name = "chiSo")]
    public string? Indicator { get; set; }

    [BindProperty(SupportsGet = true, Name = "phan")]
    public string? Side { get; set; }

    [BindProperty(SupportsGet = true, Name = "donVi")]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "thuTuc")]
    public string? Procedure { get; set; }

    [BindProperty(SupportsGet = true, Name = "linhVuc")]
    public string? Field { get; set; }

    public bool Numerator => Side == "tu";

    public Index766Result? Index { get; private set; }

    public SubIndicator? Definition { get; private set; }

    public IReadOnlyList<ProcedureReportingRecord> Procedures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await HttpContext.RequestServices.GetRequiredService<Index766Handler>().ProceduresAsync(
            User, new Index766Request(Unit, From, To, Procedure, Field), Indicator, Numerator, cancellationToken);
        if (!result.IsSuccess)
        {
            return ShowProblem(result.Error);
        }

        (Index, Definition, Procedures) = result.Value;
        return Page();
    }
}
