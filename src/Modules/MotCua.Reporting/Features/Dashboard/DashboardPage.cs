using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Reporting.Features.DrillDown;

using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.Dashboard;

/// <summary>Trang tổng quan của lãnh đạo: <c>/bao-cao/tong-quan?donVi=&amp;ky=thang|quy|nam&amp;ngay=yyyy-MM-dd</c>.</summary>
[Authorize(Policy = Administration.Contracts.Policies.Staff)]
public sealed class DashboardPage : ReportPage
{
    [BindProperty(SupportsGet = true, Name = "donVi")]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "ky")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "ngay")]
    public DateOnly? Day { get; set; }

    public Dashboard? Board { get; private set; }


    public PeriodKind PeriodKind => ParseKind(Kind);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await HttpContext.RequestServices.GetRequiredService<ShowDashboardHandler>()
            .HandleAsync(User, new DashboardRequest(Unit, PeriodKind, Day), cancellationToken);
        if (result.IsSuccess)
        {
            Board = result.Value;
            return Page();
        }

        return ShowProblem(result.Error);
    }

    public static string KindParameter(PeriodKind kind) => kind switch
    {
        PeriodKind.Quarter => "quy",
        PeriodKind.Year => "nam",
        _ => "thang",
    };

    public static PeriodKind ParseKind(string? kind) => kind switch
    {
        "quy" => PeriodKind.Quarter,
        "nam" => PeriodKind.Year,
        _ => PeriodKind.Month,
    };

    /// <summary>This page for another unit or period, keeping the rest.</summary>
    public static string PageUrl(Guid unit, DashboardPeriod period) =>
        $"/bao-cao/tong-quan?donVi={unit}&ky={KindParameter(period.Kind)}&ngay={period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The drill-down behind a measure for a unit row, in the current (or previous) period.</summary>
    public string DrillDown(string measure, Guid unit, bool previous = false)
    {
        var board = Board ?? throw new InvalidOperationException("No dashboard.");
        return DrillDownLinks.Url(measure, unit, previous ? board.PreviousWindow : board.Window);
    }
}
