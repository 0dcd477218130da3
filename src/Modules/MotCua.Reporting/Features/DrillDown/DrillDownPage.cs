using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.DrillDown;

/// <summary>Danh sách hồ sơ đằng sau một số liệu: where every figure of the reports leads.</summary>
[Authorize(Policy = Administration.Contracts.Policies.Staff)]
public sealed class DrillDownPage : ReportPage
{
    [BindProperty(SupportsGet = true, Name = "chiSo")]
    public string? Measure { get; set; }

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

    [BindProperty(SupportsGet = true, Name = "kenh")]
    public int? Channel { get; set; }

    [BindProperty(SupportsGet = true, Name = "canBo")]
    public string? Officer { get; set; }

    [BindProperty(SupportsGet = true, Name = "capDo")]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "sau")]
    public string? After { get; set; }

    public DrillDownList? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await HttpContext.RequestServices.GetRequiredService<DrillDownHandler>().HandleAsync(
            User, new DrillDownRequest(Measure, Unit, From, To, Procedure, Field, Channel, Officer, After, Level: Level), cancellationToken);
        if (result.IsSuccess)
        {
            List = result.Value;
            return Page();
        }

        return ShowProblem(result.Error);
    }

    /// <summary>The whole list as CSV, streamed straight to the response.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var result = await HttpContext.RequestServices.GetRequiredService<DrillDownHandler>().ExportAsync(
            User, new DrillDownRequest(Measure, Unit, From, To, Procedure, Field, Channel, Officer, Level: Level), cancellationToken);
        if (!result.IsSuccess)
        {
            return ShowProblem(result.Error);
        }

        Response.ContentType = DrillDownCsv.ContentType;
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = DrillDownCsv.FileName(result.Value) }.ToString();
        await DrillDownCsv.WriteAsync(
            Response.Body, result.Value, HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ReportingText>>(), cancellationToken);
        return new EmptyResult();
    }

    /// <summary>The link to the CSV of the whole list: the same figure and narrowing.</summary>
    public string CsvUrl() =>
        Request.Path + QueryString.Create(Request.Query.Where(q => q.Key is not "sau" and not "handler")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).Append(new("handler", "csv")));

    /// <summary>The link to the next page: the same figure, after the last code shown.</summary>
    public string? NextUrl() =>
        List?.Rows.Next is { } next
            ? Request.Path + QueryString.Create(Request.Query.Where(q => q.Key != "sau").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).Append(new("sau", next)))
            : null;

}
