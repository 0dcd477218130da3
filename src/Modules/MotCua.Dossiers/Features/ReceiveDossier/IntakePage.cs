using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.UploadFile;
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

    /// <summary>When known, checked against the birth year the CCCD encodes.</summary>
    public DateOnly? BirthDate { get; set; }

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
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The scans are stored first (type by their bytes, size); a refused scan stops the intake before anything else.
        var fileIds = new Dictionary<int, Guid>();
        var upload = Service<UploadFileHandler>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (Request.Form.Files.GetFile(ScanName(rows[i].Number)) is not { Length: > 0 } file)
            {
                continue;
            }

            await using var stream = file.OpenReadStream();
            var stored = await upload.HandleAsync(User, file.FileName, stream, cancellationToken);
            if (stored.IsSuccess)
            {
                fileIds[rows[i].Number] = stored.Value.Id;
            }
            else
            {
                ModelState.AddModelError($"Form.Components[{i}].Scan", stored.Error.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? stored.Error.Message);
            }
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(PageError, Text["Intake.BadScan"]);
            return Page();
        }

        var inputs = rows
            .Select((r, i) => (Row: r, Index: i))
            .Where(r => r.Row.Received || fileIds.ContainsKey(r.Row.Number))
            .ToList();
        var request = new ReceiveDossierRequest(
            Procedure.Code,
            DossierChannel.Direct,
            new ApplicantInput(Form.ApplicantKind, Form.Name, Form.Identifier, Form.Address, Form.Phone, Form.Email, Form.BirthDate),
            [.. inputs.Select(r => new ComponentInput(r.Row.Number, r.Row.Originals, r.Row.Copies, fileIds.TryGetValue(r.Row.Number, out var id) ? id : null))],
            Form.HasRepresentative
                ? new RepresentativeInput(Form.RepresentativeName, Form.RepresentativeIdentifier, Form.RepresentativeAddress, Form.RepresentativePhone, Form.RepresentativeEmail, Form.AuthorisationDocument)
                : null,
            Form.RequestSummary,
            Form.DeskId,
            Accept: decision == IntakeDecision.Accept);
        var result = await Service<ReceiveDossierHandler>().HandleAsync(User, request, idempotencyKey: null, cancellationToken);
        if (!result.IsSuccess)
        {
            return Show(result.Error, field => FormKey(field, inputs.ConvertAll(r => r.Index))) ?? Page();
        }

        var code = result.Value.Code;
        return decision switch
        {
            IntakeDecision.RequestSupplement => Redirect($"/mot-cua/ho-so/{code}/yeu-cau-bo-sung"),
            IntakeDecision.Refuse => Redirect($"/mot-cua/ho-so/{code}/tu-choi"),
            _ => Redirect($"/mot-cua/ho-so/{code}/mau-01?moi=true"),
        };
    }

    /// <summary>Where the handler's field ("applicant.identifier", "components[1].fileId") sits on this form.</summary>
    private static string FormKey(string field, List<int> rowOfInput)
    {
        if (field.StartsWith("components[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            if (int.TryParse(field.AsSpan(11, close - 11), out var index) && index < rowOfInput.Count)
            {
                var member = field[(close + 2)..];
                return $"Form.Components[{rowOfInput[index]}].{(member == "fileId" ? "Scan" : member == "number" ? "Received" : "Originals")}";
            }
        }

        return field switch
        {
            "components" => "Form.Components",
            "deskId" => "Form.DeskId",
            "requestSummary" => "Form.RequestSummary",
            "applicant" or "applicant.kind" => "Form.ApplicantKind",
            "applicant.birthDate" => "Form.BirthDate",
            "procedureCode" or "channel" => PageError,
            "representative.authorisationDocument" => "Form.AuthorisationDocument",
            _ when field.StartsWith("applicant.", StringComparison.Ordinal) => "Form." + Capitalise(field["applicant.".Length..]),
            _ when field.StartsWith("representative.", StringComparison.Ordinal) => "Form.Representative" + Capitalise(field["representative.".Length..]),
            _ => field,
        };
    }

    private static string Capitalise(string member) => char.ToUpperInvariant(member[0]) + member[1..];

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
            ModelState.AddModelError(PageError, Text["Intake.UnknownProcedure", ProcedureCode.Trim()]);
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

