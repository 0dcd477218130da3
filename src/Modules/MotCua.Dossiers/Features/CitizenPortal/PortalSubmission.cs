using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.UploadFile;
using MotCua.Dossiers.Persistence;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Files;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.CitizenPortal;

/// <summary>The signed-in citizen as the identity provider vouches for them (VNeID in production).</summary>
public sealed record CitizenProfile(string Id, string Name, string? Phone, string? Email, bool VerifiedWithVneid)
{
    public static CitizenProfile? Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.CitizenId() is { Length: > 0 } id
            ? new CitizenProfile(id, user.CitizenName() ?? id, user.FindFirst(CitizenIdentity.PhoneClaim)?.Value, user.FindFirst(CitizenIdentity.EmailClaim)?.Value,
                string.Equals(user.FindFirst(CitizenIdentity.VerifiedClaim)?.Value, "true", StringComparison.OrdinalIgnoreCase))
            : null;
    }
}

/// <summary>A component as chosen in the form: a wallet document, or a file stored when a draft was saved.</summary>
public sealed class FormComponent
{
    public int Number { get; set; }

    public Guid? WalletDocumentId { get; set; }

    public DigitizedFile? SavedFile { get; set; }
}

/// <summary>The online submission form as the citizen fills it (and as a draft keeps it).</summary>
public sealed class SubmissionForm
{
    public bool ForOrganisation { get; set; }

    public string? OrganisationName { get; set; }

    public string? TaxCode { get; set; }

    public string? OrganisationAddress { get; set; }

    public string? AuthorisationDocument { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? RequestSummary { get; set; }

    public List<FormComponent> Components { get; set; } = [];
}

public sealed record DraftSummary(Guid Id, string ProcedureCode, string ProcedureName, DateTime UpdatedAt);

public sealed record OnlineProcedure(string Code, string Name);

/// <summary>What the submit page does: find procedures open online, keep drafts, and hand the form to <see cref="IOnlineIntake"/>.</summary>
internal sealed class PortalSubmissionHandler(
    DbContext db, IProcedureCatalog catalog, IOnlineIntake intake, DigitizedFiles files, IFileStore store, BusinessClock clock)
{
    /// <summary>The portal's name as the source of its submissions (with the form's submission id, it makes a resend idempotent).</summary>
    public const string Source = "cong-dan";

    private const int SearchLimit = 30;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<OnlineProcedure>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var found = await catalog.SearchForIntakeAsync(text, null, today, SearchLimit, cancellationToken);
        var online = new List<OnlineProcedure>();
        foreach (var summary in found)
        {
            if (await ProcedureAsync(summary.Code, cancellationToken) is { } procedure)
            {
                online.Add(new OnlineProcedure(procedure.Code, procedure.Name));
            }
        }

        return online;
    }

    /// <summary>The version in force today, when it may be submitted online.</summary>
    public async Task<ProcedureAtIntake?> ProcedureAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32)
        {
            return null;
        }

        var procedure = await catalog.FindForIntakeAsync(code.Trim(), clock.Today, cancellationToken);
        return procedure is not null && procedure.Accepts(IntakeChannel.Online) && procedure.TimeLimits.ContainsKey(IntakeChannel.Online) ? procedure : null;
    }

    public async Task<IReadOnlyList<DraftSummary>> DraftsAsync(string citizenId, CancellationToken cancellationToken) =>
        await db.Set<DossierDraft>().AsNoTracking()
            .Where(d => d.OwnerCitizenId == citizenId)
            .OrderByDescending(d => d.UpdatedAtUtc)
            .Take(50)
            .Select(d => new DraftSummary(d.Id, d.ProcedureCode, d.ProcedureName, d.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

    /// <summary>The citizen's own draft, or null (someone else's is as unknown as a missing one).</summary>
    public async Task<(string ProcedureCode, SubmissionForm Form)?> DraftAsync(string citizenId, Guid id, CancellationToken cancellationToken)
    {
        var draft = await db.Set<DossierDraft>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.OwnerCitizenId == citizenId, cancellationToken);
        return draft is null ? null : (draft.ProcedureCode, JsonSerializer.Deserialize<SubmissionForm>(draft.FormJson, Json)!);
    }

    /// <summary>
    /// Saves the form: new files are checked like at intake (refused ones are reported, nothing is written) and
    /// stored, replacing what the draft held for that component.
    /// </summary>
    public async Task<Result<Guid>> SaveDraftAsync(
        string citizenId, Guid draftId, ProcedureAtIntake procedure, SubmissionForm form, IReadOnlyDictionary<int, OnlineFile> newFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(newFiles);
        var existing = await db.Set<DossierDraft>().SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (existing is not null && existing.OwnerCitizenId != citizenId)
        {
            return Error.NotFound("draft-not-found", "Không tìm thấy bản nháp này.");
        }

        var errors = new ValidationErrors();
        var checkedFiles = new Dictionary<int, CheckedFile>();
        foreach (var (number, file) in newFiles)
        {
            var (ok, refusal) = DigitizedFiles.Check(file.FileName, file.Content ?? []);
            if (ok is null)
            {
                errors.Add(FileKey(number), refusal!);
            }
            else
            {
                checkedFiles[number] = ok;
            }
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        foreach (var (number, file) in checkedFiles)
        {
            var component = Component(form, number);
            component.SavedFile = await files.StoreAsync(file, cancellationToken);
            component.WalletDocumentId = null;
        }

        var now = clock.UtcNow;
        var draft = existing ?? db.Add(new DossierDraft { Id = draftId, OwnerCitizenId = citizenId, CreatedAtUtc = now }).Entity;
        draft.ProcedureCode = procedure.Code;
        draft.ProcedureName = procedure.Name;
        draft.FormJson = JsonSerializer.Serialize(form, Json);
        draft.UpdatedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return draftId;
    }

    /// <summary>
    /// Submits through <see cref="IOnlineIntake"/>: per component the new upload, else the wallet document chosen,
    /// else the file the draft kept. <paramref name="submissionId"/> (the form's, or the draft's) makes a second click the same dossier.
    /// </summary>
    public async Task<Result<OnlineIntakeReceipt>> SubmitAsync(
        CitizenProfile citizen, Guid submissionId, ProcedureAtIntake procedure, SubmissionForm form, IReadOnlyDictionary<int, OnlineFile> newFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(newFiles);
        var components = new List<OnlineComponent>();
        foreach (var catalogComponent in procedure.Components.OrderBy(c => c.Number))
        {
            var chosen = form.Components.FirstOrDefault(c => c.Number == catalogComponent.Number);
            if (newFiles.TryGetValue(catalogComponent.Number, out var file))
            {
                components.Add(new OnlineComponent(catalogComponent.Number, file));
            }
            else if (chosen?.WalletDocumentId is { } documentId)
            {
                components.Add(new OnlineComponent(catalogComponent.Number, null, documentId));
            }
            else if (chosen?.SavedFile is { } saved && await ReadAsync(saved, cancellationToken) is { } kept)
            {
                components.Add(new OnlineComponent(catalogComponent.Number, kept));
            }
        }

        var me = new OnlineParty(false, citizen.Name, citizen.Id, form.Address, form.Phone ?? citizen.Phone, form.Email ?? citizen.Email);
        var submission = new OnlineSubmission(
            procedure.Code,
            form.ForOrganisation ? new OnlineParty(true, form.OrganisationName, form.TaxCode, form.OrganisationAddress, me.Phone, me.Email) : me,
            form.ForOrganisation ? me with { AuthorisationDocument = form.AuthorisationDocument } : null,
            form.RequestSummary,
            components,
            CitizenActor.Of(citizen.Id),
            citizen.VerifiedWithVneid,
            Source,
            submissionId.ToString());
        var result = await intake.SubmitAsync(submission, cancellationToken);
        if (!result.IsSuccess)
        {
            // The intake keys errors by the submission's shape; the form shows them by component number.
            return result.Error.Fields is { } fields
                ? Error.Validation(result.Error.Code, result.Error.Message, fields.ToDictionary(f => ToFormKey(f.Key, components), f => f.Value, StringComparer.Ordinal))
                : result.Error;
        }

        await db.Set<DossierDraft>().Where(d => d.Id == submissionId && d.OwnerCitizenId == citizen.Id).ExecuteDeleteAsync(cancellationToken);
        return result;
    }

    public static string FileKey(int number) => $"tep-{number}";

    private static string ToFormKey(string key, List<OnlineComponent> components)
    {
        if (!key.StartsWith("components[", StringComparison.Ordinal) || key.IndexOf(']', StringComparison.Ordinal) is not (> 11 and var close)
            || !int.TryParse(key.AsSpan(11, close - 11), out var index) || index >= components.Count)
        {
            return key;
        }

        return FileKey(components[index].Number);
    }

    private static FormComponent Component(SubmissionForm form, int number)
    {
        var component = form.Components.FirstOrDefault(c => c.Number == number);
        if (component is null)
        {
            component = new FormComponent { Number = number };
            form.Components.Add(component);
        }

        return component;
    }

    private async Task<OnlineFile?> ReadAsync(DigitizedFile saved, CancellationToken cancellationToken)
    {
        await using var content = await store.OpenAsync(saved.Key, cancellationToken);
        if (content is null)
        {
            return null;
        }

        var (bytes, _) = await DigitizedFiles.ReadAsync(content, cancellationToken);
        return bytes is null ? null : new OnlineFile(saved.FileName, saved.ContentType, bytes);
    }
}
