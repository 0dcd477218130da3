using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Features.PrintForms;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.TrackingBook;

/// <summary>Sổ theo dõi hồ sơ (form 06) of the user's desks for a date range: on screen, printed on A4, or as XLSX.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TrackingBookPage : DeskPage
{
    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    public IReadOnlyList<BookLine> Lines { get; private set; } = [];

    public string? Next { get; private set; }

    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();

    public FormHeader Header { get; private set; } = null!;

    /// <summary>Row numbers continue across screen pages only from the first; later pages count from the cursor.</summary>
    public int FirstNumber { get; private set; } = 1;

    [BindProperty(SupportsGet = true, Name = "stt")]
    public int? Start { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Service<BusinessClock>().Today;
        From ??= new DateOnly(today.Year, today.Month, 1);
        To ??= today;
        await LoadHeaderAsync(today, cancellationToken);
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(PageError, Text["Book.BadDate"]);
            return Page();
        }

        var result = await Service<TrackingBookHandler>().PageAsync(User, new BookRequest(From.Value, To.Value, After, 50), cancellationToken);
        if (!result.IsSuccess)
        {
            return Show(result.Error, field => field == "to" ? "den" : field) ?? Page();
        }

        Lines = result.Value.Items;
        Next = result.Value.Next;
        FirstNumber = Math.Max(1, Start ?? 1);
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || From is not { } from || To is not { } to || TrackingBookHandler.Validate(from, to) is not null)
        {
            return BadRequest();
        }

        var names = await UnitNamesAsync(cancellationToken);
        Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response.Headers.ContentDisposition = $"attachment; filename=\"so-theo-doi-ho-so-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx\"";
        await Service<TrackingBookHandler>().WriteXlsxAsync(User, from, to, names, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    public string PageUrl(string? after, int start) =>
        $"/mot-cua/so-theo-doi?tu={From:yyyy-MM-dd}&den={To:yyyy-MM-dd}" + (after is null ? string.Empty : $"&after={Uri.EscapeDataString(after)}&stt={start}");

    public string XlsxUrl => $"/mot-cua/so-theo-doi?handler=Xlsx&tu={From:yyyy-MM-dd}&den={To:yyyy-MM-dd}";

    private async Task LoadHeaderAsync(DateOnly today, CancellationToken cancellationToken)
    {
        UnitNames = await UnitNamesAsync(cancellationToken);
        var directory = Service<IOrganisationDirectory>();
        var unit = User.UnitId() is { } id ? await directory.FindAsync(id, cancellationToken) : null;
        var desks = unit is null ? [] : await directory.ListDesksForUnitAsync(unit.Id, cancellationToken);
        var province = unit;
        while (province is { ParentId: { } parent } && province.Kind != UnitKind.Province)
        {
            province = await directory.FindAsync(parent, cancellationToken);
        }

        var place = StaffDossierReader.PlaceName(unit?.Kind is UnitKind.Commune or UnitKind.DistrictCommittee ? unit.Name : province?.Name ?? string.Empty);
        Header = new FormHeader(unit?.Name ?? string.Empty, desks.Count > 0 ? desks[0].Name : string.Empty, $"{today.Year}/STD", place, today);
    }

    private async Task<IReadOnlyDictionary<Guid, string>> UnitNamesAsync(CancellationToken cancellationToken) =>
        (await Service<IOrganisationDirectory>().ListAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
}
