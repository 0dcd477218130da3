using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.ListDossiers;

public enum InboxScope
{
    /// <summary>Everything in the user's scope: their unit (and below, for leaders).</summary>
    Unit = 1,

    /// <summary>Assigned to the user.</summary>
    Mine = 2,
}

/// <summary>A row of the inbox, with urgency counted in working time (null when no clock runs).</summary>
public sealed record InboxRow(string Code, string ApplicantName, string ProcedureName, DossierState State, string StateName, DateTime? DueAtUtc, string? Assignee, Features.Urgency? Urgency);

/// <summary>The inbox of an officer or a unit: keyset pages sorted by time left, filters, search (ListDossiers handler).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class InboxPage : DeskPage
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "pham-vi")]
    public InboxScope Scope { get; set; } = InboxScope.Unit;

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public NationalStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "ca-da-xong")]
    public bool IncludeEnded { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public string? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(PageError, Text["Inbox.BadFilter"]);
            return Page();
        }

        var query = new DossierInboxQuery(Scope == InboxScope.Mine ? "mine" : "unit", (int?)Status, Q, IncludeEnded, After, PageSize);
        var result = await Service<ListDossiersHandler>().HandleAsync(User, query, cancellationToken);
        if (!result.IsSuccess)
        {
            return Show(result.Error) ?? Page();
        }

        var time = await Service<LegalTimeSource>().ForUnitAsync(User.UnitId() ?? Guid.Empty, cancellationToken);
        var now = Service<BusinessClock>().UtcNow;
        Rows = [.. result.Value.Items.Select(i => new InboxRow(
            i.Code, i.ApplicantName, i.ProcedureName, i.State, i.StateName, i.AppointmentAt, i.CurrentAssignee,
            i.Urgency is Urgency.Ended or Urgency.NotStarted ? null : Urgencies.Of(i.AppointmentAt, processingEnded: false, now, time.Calendar, time.Office)))];
        Next = result.Value.Next;
        await LoadStaffNamesAsync(Rows.Select(r => r.Assignee), cancellationToken);
        return Page();
    }

    public string PageUrl(string? after)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query.Add("q=" + Uri.EscapeDataString(Q));
        }

        query.Add("pham-vi=" + Scope);
        if (Status is { } status)
        {
            query.Add("trang-thai=" + status);
        }

        if (IncludeEnded)
        {
            query.Add("ca-da-xong=true");
        }

        if (after is not null)
        {
            query.Add("after=" + Uri.EscapeDataString(after));
        }

        return "/xu-ly/ho-so?" + string.Join('&', query);
    }
}
