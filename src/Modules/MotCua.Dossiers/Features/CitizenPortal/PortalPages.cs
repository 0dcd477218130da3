using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Features.UploadFile;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.CitizenPortal;

/// <summary>Pages of the signed-in citizen: errors next to fields as on the desk pages, and who "I" am from the claims.</summary>
[Authorize(Policy = CitizenIdentity.Policy)]
public abstract class CitizenPage : DeskPage
{
    /// <summary>Several scans of up to 20 MB each may come in one form.</summary>
    public const long MaxFormBytes = 8 * DigitizedFiles.MaxBytes;

    protected CitizenProfile Me => CitizenProfile.Of(User) ?? throw new InvalidOperationException("The citizen policy lets only citizens in.");

    /// <summary>The files of the posted form named <paramref name="prefix"/>{number}, read within the size limit.</summary>
    protected async Task<(Dictionary<int, OnlineFile> Files, bool TooLarge)> PostedFilesAsync(string prefix, CancellationToken cancellationToken)
    {
        var files = new Dictionary<int, OnlineFile>();
        var tooLarge = false;
        foreach (var file in Request.Form.Files.Where(f => f.Length > 0 && f.Name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (!int.TryParse(file.Name.AsSpan(prefix.Length), out var number))
            {
                continue;
            }

            await using var stream = file.OpenReadStream();
            var (bytes, refusal) = await DigitizedFiles.ReadAsync(stream, cancellationToken);
            if (bytes is null)
            {
                ModelState.AddModelError(PortalSubmissionHandler.FileKey(number), refusal!);
                tooLarge = true;
                continue;
            }

            files[number] = new OnlineFile(file.FileName, file.ContentType, bytes);
        }

        return (files, tooLarge);
    }
}

/// <summary>/cong-dan: my dossiers, newest first, with what each asks of me.</summary>
public sealed class MyDossiersPage : CitizenPage
{
    [BindProperty(SupportsGet = true, Name = "sau")]
    public string? After { get; set; }

    public IReadOnlyList<MyDossierItem> Items { get; private set; } = [];

    public string? Next { get; private set; }

    public string CitizenName => Me.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await Service<CitizenDossiersHandler>().ListAsync(Me.Id, After, null, cancellationToken);
        if (!page.IsSuccess)
        {
            return BadRequest();
        }

        (Items, Next) = (page.Value.Items, page.Value.Next);
        return Page();
    }
}

/// <summary>/cong-dan/ho-so/{code}: one of my dossiers, its history in plain words, and the supplement form when one is asked.</summary>
[RequestSizeLimit(MaxFormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes)]
public sealed class MyDossierPage : CitizenPage
{
    public const string FilePrefix = "bo-sung-";

    public MyDossierDetail? Dossier { get; private set; }

    [BindProperty(Name = "ghi-chu")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostSupplyAsync(string code, CancellationToken cancellationToken)
    {
        var (files, tooLarge) = await PostedFilesAsync(FilePrefix, cancellationToken);
        if (!tooLarge)
        {
            var result = await Service<SupplyOnlineHandler>().HandleAsync(Me.Id, code, Note,
                [.. files.OrderBy(f => f.Key).Select(f => new SuppliedOnlineFile(f.Key, f.Value))], cancellationToken);
            if (result.IsSuccess)
            {
                Notice = Text["Portal.Supplied"];
                return RedirectToPage(null, new { code = result.Value });
            }

            var numbers = files.Keys.Order().ToList();
            if (Show(result.Error, key => ToFormKey(key, numbers)) is { } refused)
            {
                return refused;
            }
        }

        return await LoadAsync(code, cancellationToken) ?? Page();
    }

    private static string ToFormKey(string key, List<int> numbers)
    {
        var close = key.IndexOf(']', StringComparison.Ordinal);
        return key.StartsWith("files[", StringComparison.Ordinal) && close > 6 && int.TryParse(key.AsSpan(6, close - 6), out var i) && i < numbers.Count
            ? FilePrefix + numbers[i]
            : key == "files" ? "files" : key;
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var found = await Service<CitizenDossiersHandler>().FindAsync(Me.Id, code, cancellationToken);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Dossier = found.Value;
        return null;
    }
}

/// <summary>/cong-dan/kho-du-lieu: my digitized documents, offered again when I submit.</summary>
public sealed class WalletPage : CitizenPage
{
    public IReadOnlyList<WalletItem> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Documents = await Service<WalletHandler>().ListAsync(Me.Id, cancellationToken);
}

/// <summary>
/// /cong-dan/nop-ho-so: choose a procedure open online, fill the form derived from the components of the version in
/// force (upload, or pick from the wallet), save a draft and resume it, and submit.
/// </summary>
[RequestSizeLimit(MaxFormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes)]
public sealed class SubmitPage : CitizenPage
{
    public const string FilePrefix = "tep-";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "thu-tuc")]
    public string? ProcedureCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "ban-nhap")]
    public Guid? DraftId { get; set; }

    /// <summary>Fixed when the form is first shown: the same form sent twice is the same dossier.</summary>
    [BindProperty(Name = "ma-nop")]
    public Guid SubmissionId { get; set; }

    [BindProperty]
    public SubmissionForm Form { get; set; } = new();

    public ProcedureAtIntake? Procedure { get; private set; }

    public IReadOnlyList<OnlineProcedure> Procedures { get; private set; } = [];

    public IReadOnlyList<DraftSummary> Drafts { get; private set; } = [];

    public IReadOnlyList<WalletItem> Wallet { get; private set; } = [];

    public CitizenProfile Citizen => Me;

    public FormComponent? Chosen(int number) => Form.Components.FirstOrDefault(c => c.Number == number);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var handler = Service<PortalSubmissionHandler>();
        if (DraftId is { } draftId)
        {
            if (await handler.DraftAsync(Me.Id, draftId, cancellationToken) is not { } draft)
            {
                return NotFound();
            }

            (ProcedureCode, Form, SubmissionId) = (draft.ProcedureCode, draft.Form, draftId);
        }
        else
        {
            SubmissionId = Guid.CreateVersion7();
            Form.Phone = Me.Phone;
            Form.Email = Me.Email;
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var handler = Service<PortalSubmissionHandler>();
        if (await handler.ProcedureAsync(ProcedureCode, cancellationToken) is not { } procedure)
        {
            return NotFound();
        }

        var (files, tooLarge) = await PostedFilesAsync(FilePrefix, cancellationToken);
        KeepDraftFiles(await PreviousAsync(handler, cancellationToken));
        if (!tooLarge)
        {
            var saved = await handler.SaveDraftAsync(Me.Id, SubmissionId, procedure, Form, files, cancellationToken);
            if (saved.IsSuccess)
            {
                Notice = Text["Portal.DraftSaved"];
                return RedirectToPage(null, new { thu_tuc = (string?)null, ban_nhap = saved.Value });
            }

            if (Show(saved.Error) is { } refused)
            {
                return refused;
            }
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        var handler = Service<PortalSubmissionHandler>();
        if (await handler.ProcedureAsync(ProcedureCode, cancellationToken) is not { } procedure)
        {
            return NotFound();
        }

        var (files, tooLarge) = await PostedFilesAsync(FilePrefix, cancellationToken);
        KeepDraftFiles(await PreviousAsync(handler, cancellationToken));
        if (!tooLarge)
        {
            var submitted = await handler.SubmitAsync(Me, SubmissionId, procedure, Form, files, cancellationToken);
            if (submitted.IsSuccess)
            {
                Notice = Text["Portal.Submitted", submitted.Value.Code];
                return RedirectToPage("/Citizen/MyDossier", new { area = "Dossiers", code = submitted.Value.Code });
            }

            if (Show(submitted.Error, ToFormKey) is { } refused)
            {
                return refused;
            }
        }

        return await ShowAsync(cancellationToken);
    }

    private static string ToFormKey(string key) => key switch
    {
        "applicant.name" => "Form.OrganisationName",
        "applicant.identifier" => "Form.TaxCode",
        "applicant.address" => "Form.OrganisationAddress",
        "representative.address" => "Form.Address",
        "representative.phone" or "applicant.phone" => "Form.Phone",
        "representative.email" or "applicant.email" => "Form.Email",
        "representative.authorisationDocument" => "Form.AuthorisationDocument",
        "requestSummary" => "Form.RequestSummary",
        _ => key,
    };

    /// <summary>Files a saved draft already holds stay with the form unless a new upload or a wallet pick replaces them.</summary>
    private void KeepDraftFiles(SubmissionForm? previous)
    {
        foreach (var kept in previous?.Components.Where(c => c.SavedFile is not null) ?? [])
        {
            if (Form.Components.FirstOrDefault(c => c.Number == kept.Number) is { } now)
            {
                now.SavedFile = now.WalletDocumentId is null ? kept.SavedFile : null;
            }
            else
            {
                Form.Components.Add(kept);
            }
        }
    }

    private async Task<SubmissionForm?> PreviousAsync(PortalSubmissionHandler handler, CancellationToken cancellationToken) =>
        (await handler.DraftAsync(Me.Id, SubmissionId, cancellationToken))?.Form;

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var handler = Service<PortalSubmissionHandler>();
        Drafts = await handler.DraftsAsync(Me.Id, cancellationToken);
        if (!string.IsNullOrWhiteSpace(ProcedureCode))
        {
            Procedure = await handler.ProcedureAsync(ProcedureCode, cancellationToken);
            if (Procedure is null)
            {
                return NotFound();
            }

            Wallet = await Service<WalletHandler>().ListAsync(Me.Id, cancellationToken);
        }
        else
        {
            Procedures = await handler.SearchAsync(Query, cancellationToken);
        }

        return Page();
    }
}

/// <summary>Downloads of my component files and my electronic result: only the applicant or representative; others get 404.</summary>
internal static class CitizenFileEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/cong-dan/ho-so/{code}").RequireAuthorization(CitizenIdentity.Policy).ExcludeFromDescription();
        mine.MapGet("/tep/{number:int}", (string code, int number, HttpContext context, CitizenDossiersHandler handler, CancellationToken cancellationToken) =>
            SendAsync(handler.OpenFileAsync(context.User.CitizenId()!, code, number, cancellationToken)));
        mine.MapGet("/ket-qua", (string code, HttpContext context, CitizenDossiersHandler handler, CancellationToken cancellationToken) =>
            SendAsync(handler.OpenFileAsync(context.User.CitizenId()!, code, null, cancellationToken)));
    }

    private static async Task<IResult> SendAsync(Task<Result<CitizenFile>> opening)
    {
        var opened = await opening;
        return opened.IsSuccess
            ? TypedResults.File(opened.Value.Content, opened.Value.ContentType, opened.Value.FileName)
            : opened.Error.ToProblem();
    }
}
