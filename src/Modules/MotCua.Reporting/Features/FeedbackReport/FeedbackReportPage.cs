using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Kernel.Http;
using MotCua.Reporting.Features.StatutoryReport;

namespace MotCua.Reporting.Features.FeedbackReport;

/// <summary>The PAKN table on screen and on paper: unit and period pickers, every figure linked to the register, XLSX.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class FeedbackReportPage : ReportPeriodPage
{
    protected override string PagePath => "/bao-cao/pakn";

    public FeedbackReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var handler = Service<FeedbackReportHandler>();
        Units = await handler.UnitsInScopeAsync(User, cancellationToken);
        if (!ModelState.IsValid)
        {
            return BadDate();
        }

        var report = await handler.HandleAsync(User, Asked(), cancellationToken);
        if (!report.IsSuccess)
        {
            return Show(report.Error);
        }

        Report = report.Value;
        Remember(Report.Unit.Id, Report.Period);
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var report = await Service<FeedbackReportHandler>().HandleAsync(User, Asked(), cancellationToken);
        if (!report.IsSuccess)
        {
            return new ProblemResult(report.Error.ToProblem());
        }

        using var buffer = new MemoryStream();
        Service<FeedbackReportXlsx>().Write(report.Value, buffer);
        return File(buffer.ToArray(), B06Xlsx.ContentType, FeedbackReportXlsx.FileName(report.Value));
    }

    /// <summary>The register filtered to the PAKN behind a cell: the row's unit (alone for the own row) or the whole subtree for the total.</summary>
    public string Link(string key, FeedbackReportRow? row) =>
        FeedbackRegisterLinks.Url(key, row?.UnitId ?? Report!.Unit.Id, Report!.Period.From, Report.Period.To, ownOnly: row?.Own == true);
}
