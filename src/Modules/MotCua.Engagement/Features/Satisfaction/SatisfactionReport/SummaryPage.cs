using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MotCua.Engagement.Features.Satisfaction.SatisfactionReport;

/// <summary>Báo cáo mức độ hài lòng: by processing unit, for a period, within the reader's scope.</summary>
[Authorize(Policy = Administration.Contracts.Policies.Staff)]
public sealed class SummaryPage : SatisfactionPage
{
    [BindProperty(SupportsGet = true, Name = "tu-ngay")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den-ngay")]
    public DateOnly? To { get; set; }

    public SatisfactionSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Service<SatisfactionReportHandler>().HandleAsync(User, From, To, cancellationToken);
        if (!result.IsSuccess)
        {
            return Show(result.Error, field => field == "to" ? "den-ngay" : field) ?? Page();
        }

        Summary = result.Value;
        From = Summary.From;
        To = Summary.To;
        return Page();
    }
}
