using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;

namespace MotCua.Dossiers.Features.RequestSupplement;

/// <summary>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (form 02): at intake or during processing (NĐ 61/2018 Đ17.1a, Đ19.4).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SupplementPage : ReasonsPage
{
    [BindProperty]
    public string? Contact { get; set; }

    protected override string ListField => "items";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ReadRows() is not { } read)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        if (await StaleAsync(cancellationToken) is { } stale)
        {
            return stale;
        }

        var result = await Service<RequestSupplementHandler>().HandleAsync(User, Code, new RequestSupplementRequest(read.Items, Contact), cancellationToken);
        return result.IsSuccess
            ? Redirect($"/mot-cua/ho-so/{Code}/mau-02")
            : await ShowAgainAsync(result.Error, read.RowOf, cancellationToken);
    }
}
