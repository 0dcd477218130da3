using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.PrintForms;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.ShowDossier;

/// <summary>
/// The staff page of one dossier: summary, components and scans, steps with their due dates and judgements, history,
/// and the actions the user may take now, each a small form posting to the same handler as the API.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class DossierPage : DeskPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    /// <summary>The version the officer saw: a handler refuses (409) when someone else acted in between.</summary>
    [BindProperty]
    public int Version { get; set; }

    public DossierView? Dossier { get; private set; }

    public IReadOnlyList<DossierAction> Actions { get; private set; } = [];

    public Urgency? Urgency { get; private set; }

    public string CurrentUserName => User.Identity?.Name ?? string.Empty;

    /// <summary>Who may be given the current step: active officers of its unit and of its phòng.</summary>
    public IReadOnlyList<StaffMember> AssignableStaff { get; private set; } = [];

    public IReadOnlyList<(string Number, string Href)> Forms
    {
        get
        {
            if (Dossier is not { } d)
            {
                return [];
            }

            var root = $"/mot-cua/ho-so/{d.Code}/";
            var forms = new List<(string, string)>();
            if (d.ReceivedAt is not null)
            {
                forms.Add(("01", root + "mau-01"));
            }

            if (d.Supplements.Count > 0)
            {
                forms.Add(("02", root + "mau-02"));
            }

            if (d.State == DossierState.Refused)
            {
                forms.Add(("03", root + "mau-03"));
            }

            if (d.Apology is not null)
            {
                forms.Add(("04", root + "mau-04"));
            }

            if (d.ReceivedAt is not null)
            {
                forms.Add(("05", root + "mau-05"));
            }

            return forms;
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Reads the dossier afresh (after a refusal too, so that a 409 shows the state that won).</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var reader = Service<StaffDossierReader>();
        if (await reader.FindWithUnitAsync(User, Code, cancellationToken) is not { } found)
        {
            return false;
        }

        Dossier = found.View;
        var time = await Service<LegalTimeSource>().ForUnitAsync(found.ProcessingUnitId, cancellationToken);
        Urgency = Urgencies.Of(Dossier.AppointmentAt, Dossier.ProcessingEndedAt is not null, Service<BusinessClock>().UtcNow, time.Calendar, time.Office);
        Actions = ActionButtons.For(Dossier);
        await LoadStaffNamesAsync(Dossier.StaffInvolved, cancellationToken);
        if (Dossier.AllowedActions.Contains(DossierTrigger.AssignHandler) && Dossier.CurrentStep is { } step)
        {
            AssignableStaff = await Service<IStaffDirectory>().ActiveCarryingAsync(step.UnitPath, cancellationToken);
        }

        return true;
    }
}
