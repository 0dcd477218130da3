using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;

namespace MotCua.Dossiers.Features.RefuseDossier;

/// <summary>Phiếu từ chối tiếp nhận giải quyết hồ sơ (form 03; NĐ 61/2018 Đ17.1b), with reasons the citizen can act on.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RefusePage : ReasonsPage
{
    protected override string ListField => "reasons";

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

        var result = await Service<RefuseDossierHandler>().HandleAsync(User, Code, new RefuseDossierRequest(read.Items), cancellationToken);
        return result.IsSuccess
            ? Redirect($"/mot-cua/ho-so/{Code}/mau-03")
            : await ShowAgainAsync(result.Error, read.RowOf, cancellationToken);
    }
}
