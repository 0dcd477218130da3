using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Features.PrintForms;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.ApologizeForDelay;

/// <summary>Phiếu xin lỗi và hẹn lại ngày trả kết quả (form 04; NĐ 61/2018 Đ19.9): one new date, once.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ApologyPage : DeskPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public DateOnly? NewDate { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public DossierView? Dossier { get; private set; }

    public Urgency? Urgency { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Dossier!.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var seen = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Dossier!.Version != seen)
        {
            Conflict = StaleMessage(Code, Dossier.StateName);
            Version = Dossier.Version;
            return Page();
        }

        if (NewDate is not { } newDate)
        {
            ModelState.Remove(nameof(NewDate));
            ModelState.AddModelError("newDate", Text["Apology.DateRequired"]);
            return Page();
        }

        var result = await Service<ApologizeForDelayHandler>().HandleAsync(User, Code, new ApologizeForDelayRequest(newDate, Reason), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/mot-cua/ho-so/{Code}/mau-04");
        }

        return Show(result.Error) ?? Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await Service<StaffDossierReader>().FindWithUnitAsync(User, Code, cancellationToken) is not { } found)
        {
            return false;
        }

        Dossier = found.View;
        var time = await Service<LegalTimeSource>().ForUnitAsync(found.ProcessingUnitId, cancellationToken);
        Urgency = Urgencies.Of(Dossier.LegalDueAt, Dossier.ProcessingEndedAt is not null, Service<BusinessClock>().UtcNow, time.Calendar, time.Office);
        return true;
    }
}
