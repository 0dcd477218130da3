using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.PrintForms;

/// <summary>
/// Forms 01–05 (TT 01/2018/TT-VPCP Đ9; DOMAIN B §3.2) printed from the dossier on A5. The same model serves every
/// form page: each page prints what its form needs and says so when the dossier has not reached that point.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PrintFormPage : DeskPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    /// <summary>Which supplement request (form 02), from 1; the latest when absent.</summary>
    [BindProperty(SupportsGet = true, Name = "lan")]
    public int? Sequence { get; set; }

    /// <summary>Set right after intake: the form 01 page then offers the next dossier.</summary>
    [BindProperty(SupportsGet = true, Name = "moi")]
    public bool JustReceived { get; set; }

    public FormContext Form { get; private set; } = null!;

    public DossierView Dossier => Form.Dossier;

    public DateOnly Today { get; private set; }

    public string BackHref => $"/mot-cua/ho-so/{Code}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var reader = Service<StaffDossierReader>();
        if (await reader.FindForFormAsync(User, Code, cancellationToken) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        Today = Service<BusinessClock>().Today;
        await LoadStaffNamesAsync(form.Dossier.StaffInvolved, cancellationToken);
        return Page();
    }

    public static DateOnly DateOf(DateTime utc) => VietnamTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>"09 giờ 05 phút, ngày 02/03/2026", as forms 01 and 05 write instants.</summary>
    public static string Instant(DateTime utc) =>
        BusinessClock.ToLocal(utc).ToString("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public SupplementView? Supplement =>
        Sequence is { } n ? Dossier.Supplements.FirstOrDefault(s => s.Sequence == n) : (Dossier.Supplements.Count == 0 ? null : Dossier.Supplements[^1]);
}
