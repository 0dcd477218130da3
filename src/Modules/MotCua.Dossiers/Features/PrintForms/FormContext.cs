using System.Globalization;
using System.Security.Claims;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Calendar;

namespace MotCua.Dossiers.Features.PrintForms;

/// <summary>
/// The national header of every form (TT 01/2018/TT-VPCP annex): the receiving unit's managing agency and the desk on
/// the left, the country and motto on the right, then "Số: …/&lt;type&gt;" and "&lt;place&gt;, ngày … tháng … năm …".
/// </summary>
public sealed record FormHeader(string Agency, string Desk, string Number, string Place, DateOnly Date)
{
    public string DateLine => string.Create(CultureInfo.InvariantCulture, $"{Place}, ngày {Date.Day:00} tháng {Date.Month:00} năm {Date.Year}");
}

/// <summary>A dossier as the forms print it, with what the header needs about its desk.</summary>
public sealed record FormContext(
    DossierView Dossier, DeskSummary? Desk, string Agency, string Place, string DeskAddress, string? DeskPhone, IReadOnlyList<IntakeComponent> CatalogComponents)
{
    /// <summary>The daily number of the dossier code (its last four digits), which numbers the forms of the dossier.</summary>
    public string Sequence => Dossier.Code[(Dossier.Code.LastIndexOf('-') + 1)..];

    public string DeskName => Desk?.Name ?? Dossier.Desk.Name;

    public FormHeader Header(string type, DateOnly date, string? suffix = null) =>
        new(Agency, DeskName, $"{Sequence}{suffix}/{type}", Place, date);

    /// <summary>"2. Giấy tờ chứng minh nơi cư trú": what was handed in, else the component of the bound procedure version.</summary>
    public string ComponentName(int? number) =>
        number is not { } n ? string.Empty
        : Dossier.Components.FirstOrDefault(c => c.Number == n) is { } submitted ? $"{n}. {submitted.Name}"
        : CatalogComponents.FirstOrDefault(c => c.Number == n) is { } listed ? $"{n}. {listed.Name}"
        : n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Loads a dossier for a staff page or a form through <see cref="DossierAccess"/> (null when the user's scope does
/// not reach it, the same 404 as the API), as the API's <see cref="DossierView"/>.
/// </summary>
internal sealed class StaffDossierReader(DossierAccess access, IOrganisationDirectory directory, IProcedureCatalog catalog)
{
    public async Task<DossierView?> FindAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken) =>
        (await FindWithUnitAsync(user, code, cancellationToken))?.View;

    /// <summary>The view and the unit whose working calendar its times are counted in.</summary>
    public async Task<(DossierView View, Guid ProcessingUnitId)?> FindWithUnitAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken) =>
        await LoadAsync(user, code, cancellationToken) is { } dossier ? (DossierView.Of(dossier, user), dossier.ProcessingUnitId) : null;

    public async Task<FormContext?> FindForFormAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(user, code, cancellationToken) is not { } dossier)
        {
            return null;
        }

        var desk = await directory.FindDeskAsync(dossier.DeskId, cancellationToken);
        var unit = desk is null ? null : await directory.FindAsync(desk.UnitId, cancellationToken);
        var province = unit;
        while (province is { ParentId: { } parent } && province.Kind != UnitKind.Province)
        {
            province = await directory.FindAsync(parent, cancellationToken);
        }

        var view = DossierView.Of(dossier, user);
        return new FormContext(
            view,
            desk,
            unit?.Name ?? string.Empty,
            PlaceName(unit?.Kind is UnitKind.Commune or UnitKind.DistrictCommittee ? unit.Name : province?.Name ?? unit?.Name ?? string.Empty),
            desk?.Address ?? string.Empty,
            desk?.Phone,
            await ComponentsAsync(view, cancellationToken));
    }

    /// <summary>The components of the procedure version the dossier is bound to (the version in force on its submission day).</summary>
    public async Task<IReadOnlyList<IntakeComponent>> ComponentsAsync(DossierView dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var day = VietnamTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(dossier.SubmittedAt, DateTimeKind.Utc)));
        var version = await catalog.FindForIntakeAsync(dossier.Procedure.Code, day, cancellationToken);
        return version is not null && version.VersionNumber == dossier.Procedure.VersionNumber ? version.Components : [];
    }

    /// <summary>"Ủy ban nhân dân tỉnh Lào Cai" → "Lào Cai": the place line of a form names the locality, not the body.</summary>
    public static string PlaceName(string unitName)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        string[] prefixes =
        [
            "Ủy ban nhân dân thành phố ", "Ủy ban nhân dân tỉnh ", "Ủy ban nhân dân thị xã ", "Ủy ban nhân dân huyện ",
            "Ủy ban nhân dân quận ", "Ủy ban nhân dân phường ", "Ủy ban nhân dân xã ", "Ủy ban nhân dân thị trấn ",
        ];
        var prefix = prefixes.FirstOrDefault(p => unitName.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        return prefix is null ? unitName : unitName[prefix.Length..];
    }

    private async Task<Dossier?> LoadAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        var result = await access.LoadAsync(user, code, trigger: null, tracking: false, cancellationToken);
        return result.IsSuccess ? result.Value : null;
    }
}
