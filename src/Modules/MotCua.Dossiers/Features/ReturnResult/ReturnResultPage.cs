using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.PrintForms;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.ReturnResult;

/// <summary>Trả kết quả (NĐ 61/2018 Đ20): who received it, how and when (never in the future).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReturnResultPage : DeskPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ReturnMethod? Method { get; set; }

    [BindProperty]
    public string? ReceivedBy { get; set; }

    /// <summary>Local time in Vietnam, as the officer reads the clock on the wall.</summary>
    [BindProperty]
    public DateTime? ReturnedAt { get; set; }

    public DossierView? Dossier { get; private set; }

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Dossier!.Version;
        Method = ReturnMethod.AtDesk;
        ReceivedBy = Dossier.Representative?.Name ?? Dossier.Applicant.Name;
        ReturnedAt = Now;
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

        ModelState.Remove(nameof(Method));
        ModelState.Remove(nameof(ReturnedAt));
        if (Method is not { } method)
        {
            ModelState.AddModelError("method", Text["Return.MethodRequired"]);
            return Page();
        }

        DateTimeOffset? at = ReturnedAt is { } local ? VietnamTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)) : null;
        var result = await Service<ReturnResultHandler>().HandleAsync(User, Code, new ReturnResultRequest(method, ReceivedBy, at), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = Text["Return.Done"];
            return Redirect($"/mot-cua/ho-so/{Code}");
        }

        return Show(result.Error) ?? Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Dossier = await Service<StaffDossierReader>().FindAsync(User, Code, cancellationToken);
        Now = Service<BusinessClock>().LocalNow.DateTime;
        Now = Now.AddTicks(-(Now.Ticks % TimeSpan.TicksPerMinute));
        return Dossier is not null;
    }
}
