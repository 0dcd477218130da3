using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.ReceiveDossier;

/// <summary>One component on the checklist: received or not, how many originals and copies were handed in.</summary>
public sealed class ChecklistRow
{
    public int Number { get; set; }

    public bool Received { get; set; }

    public int Originals { get; set; }

    public int Copies { get; set; }
}

/// <summary>What the desk officer types at the counter; nothing is stored until the final button.</summary>
public sealed class IntakeForm
{
    public Guid? DeskId { get; set; }

    public ApplicantKind ApplicantKind { get; set; } = ApplicantKind.Person;

    public string? Name { get; set; }

    public string? Identifier { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public bool HasRepresentative { get; set; }

    public string? RepresentativeName { get; set; }

    public string? RepresentativeIdentifier { get; set; }

    public string? RepresentativeAddress { get; set; }

    public string? RepresentativePhone { get; set; }

    public string? RepresentativeEmail { get; set; }

    public string? AuthorisationDocument { get; set; }

    public string? RequestSummary { get; set; }

    public List<ChecklistRow> Components { get; set; } = [];
}

/// <summary>
/// Tiếp nhận hồ sơ tại Bộ phận Một cửa (NĐ 61/2018 Đ17.1): choose the procedure, tick the components handed in,
/// the applicant, the scans; then accept (form 01), or register it to ask for a supplement (form 02) or refuse (form 03).
/// </summary>
[Authorize(Policy = Policies.Staff, Roles = StaffRoles.DeskOfficer)]
public sealed class IntakePage : DeskPage
{
    public const string ScanField = "scan-";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "thu-tuc")]
    public string? ProcedureCode { get; set; }

    [BindProperty]
    public IntakeForm Form { get; set; } = new();

    public IReadOnlyList<IntakeProcedureSummary> Found { get; private set; } = [];

    public ProcedureAtIntake? Procedure { get; private set; }

    public IReadOnlyList<DeskSummary> Desks { get; private set; } = [];

    public bool Searched => Query is not null;

    public static string ScanName(int number) => ScanField + number;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        Form.Components = [.. Procedure!.Components.Select(c => new ChecklistRow { Number = c.Number, Originals = c.Originals, Copies = c.Copies })];
        Form.DeskId = Desks.Count > 0 ? Desks[0].Id : null;
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) => SubmitAsync(IntakeDecision.Accept, cancellationToken);

    public Task<IActionResult> OnPostSupplementAsync(CancellationToken cancellationToken) => SubmitAsync(IntakeDecision.RequestSupplement, cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(CancellationToken cancellationToken) => SubmitAsync(IntakeDecision.Refuse, cancellationToken);

    public IntakeComponent ComponentOf(ChecklistRow row) =>
        Procedure!.Components.Single(c => c.Number == row.Number);

    private async Task<IActionResult> SubmitAsync(IntakeDecision decision, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        var rows = Procedure!.Components
            .Select(c => Form.Components.FirstOrDefault(r => r.Number == c.Number) ?? new ChecklistRow { Number = c.Number })
            .ToList();
        Form.Components = rows;
        var scans = rows
            .Select(r => (r.Number, File: Request.Form.Files.GetFile(ScanName(r.Number))))
            .Where(s => s.File is { Length: > 0 })
            .Select(s => new IntakeScan(s.Number, s.File!.FileName, s.File.ContentType, s.File.Length, s.File.OpenReadStream))
            .ToList();

        var result = await Service<IntakePageAdapter>().ReceiveAsync(User, Procedure, Form, scans, decision, cancellationToken);
        if (!result.IsSuccess)
        {
            return Show(result.Error, IntakePageAdapter.FormKey) ?? Page();
        }

        var code = result.Value;
        return decision switch
        {
            IntakeDecision.RequestSupplement => Redirect($"/mot-cua/ho-so/{code}/yeu-cau-bo-sung"),
            IntakeDecision.Refuse => Redirect($"/mot-cua/ho-so/{code}/tu-choi"),
            _ => Redirect($"/mot-cua/ho-so/{code}/mau-01?moi=1"),
        };
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var catalog = Service<IProcedureCatalog>();
        var today = Service<BusinessClock>().Today;
        if (User.UnitId() is { } unitId)
        {
            Desks = await Service<IOrganisationDirectory>().ListDesksForUnitAsync(unitId, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(ProcedureCode))
        {
            if (Query is not null)
            {
                Found = await catalog.SearchForIntakeAsync(Query, null, today, 50, cancellationToken);
            }

            return false;
        }

        Procedure = await catalog.FindForIntakeAsync(ProcedureCode.Trim(), today, cancellationToken);
        if (Procedure is null)
        {
            ModelState.AddModelError(PageError, "Không tìm thấy thủ tục đang có hiệu lực với mã " + ProcedureCode.Trim() + ".");
            return false;
        }

        return true;
    }
}

public enum IntakeDecision
{
    Accept = 1,
    RequestSupplement = 2,
    Refuse = 3,
}

/// <summary>A scan chosen in the browser, opened only when the handler stores it.</summary>
public sealed record IntakeScan(int ComponentNumber, string FileName, string ContentType, long Length, Func<Stream> Open);
