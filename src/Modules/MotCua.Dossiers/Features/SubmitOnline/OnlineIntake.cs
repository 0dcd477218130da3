using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.ReceiveDossier;
using MotCua.Dossiers.Features.UploadFile;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.SubmitOnline;

/// <summary>
/// Nộp hồ sơ trực tuyến (NĐ 61/2018 Đ17.2; NĐ 45/2020): checks the whole submission first — the procedure version in
/// force today and open to online submission, the applicant and representative as at the desk, every required
/// component, every file by its bytes and size, every reused wallet document against its owner — then, and only
/// then, stores the files and creates the dossier in state Submitted (TrangThaiHoSo 1) at a one-stop desk of the
/// implementing unit, or of the nearest unit above it that has one, to wait for the desk's completeness check.
/// </summary>
internal sealed class OnlineIntake(
    DbContext db,
    IProcedureCatalog catalog,
    IOrganisationDirectory directory,
    DossierCodes codes,
    ProcessPlans plans,
    DigitizedFiles files,
    BusinessClock clock) : IOnlineIntake
{
    public const int ExternalSourceMaxLength = 64;

    public const int ExternalIdMaxLength = 128;

    /// <summary>Units above the implementing unit searched for a desk: deeper than any administrative tree.</summary>
    private const int MaxUnitDepth = 16;

    public async Task<Result<OnlineIntakeReceipt>> SubmitAsync(OnlineSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new ValidationErrors();
        var external = CheckExternal(submission, errors);
        if (external is { } key && await FindExistingAsync(key, cancellationToken) is { } existing)
        {
            return existing;
        }

        var today = clock.Today;
        var now = clock.UtcNow;
        var procedure = await FindProcedureAsync(submission.ProcedureCode, today, errors, cancellationToken);
        var applicant = PartyChecks.CheckApplicant(ToApplicantInput(submission.Applicant), today, errors);
        var representative = CheckRepresentative(submission.Representative, today, errors);
        errors.Optional("requestSummary", submission.RequestSummary, "Nội dung yêu cầu giải quyết", 2000);
        if (string.IsNullOrWhiteSpace(submission.SubmittedBy))
        {
            throw new ArgumentException("The actor who submits must be named.", nameof(submission));
        }

        var owners = new[] { applicant?.Identifier, representative?.Identifier }.OfType<string>().Where(o => o.Length > 0).ToList();
        var components = await CheckComponentsAsync(submission.Components ?? [], procedure, owners, errors, cancellationToken);
        var unit = procedure is null ? null : await directory.FindAsync(procedure.ImplementingUnitId, cancellationToken);
        var desk = unit is null ? null : await FindDeskAsync(unit, cancellationToken);
        if (procedure is not null && unit is null)
        {
            errors.Add("procedureCode", "Đơn vị thực hiện của thủ tục không còn trong cơ cấu tổ chức; vui lòng liên hệ cơ quan giải quyết.");
        }
        else if (unit is not null && desk is null)
        {
            errors.Add("procedureCode", "Chưa có bộ phận một cửa tiếp nhận hồ sơ trực tuyến của thủ tục này; vui lòng liên hệ cơ quan giải quyết.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        // Nothing is written before everything is checked; files go to the store only now, each under a fresh key.
        var submitted = new List<SubmittedComponent>();
        foreach (var component in components.OrderBy(c => c.Catalog.Number))
        {
            var file = component.NewFile is { } upload ? await files.StoreAsync(upload, cancellationToken) : component.Reused!.File;
            submitted.Add(new SubmittedComponent(component.Catalog.Number, component.Catalog.Name, 0, 0, file, component.Reused?.Id));
        }

        var plan = await plans.ForAsync(procedure!, unit!, DossierChannel.Online, cancellationToken);
        var actor = submission.SubmittedBy.Trim();
        var (deskSummary, deskUnit) = desk!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var code = await codes.NextAsync(deskSummary.Code, today, cancellationToken);
        var intake = new DossierIntake(
            code, deskSummary.Id, deskSummary.Code, deskSummary.Name, deskUnit.Path, unit!.Id, unit.Path,
            procedure!.ProcedureId, procedure.VersionId, procedure.VersionNumber, procedure.Code, procedure.Name,
            DossierChannel.Online, procedure.TimeLimitFor(IntakeChannel.Online), applicant!, representative,
            PartyChecks.Clean(submission.RequestSummary), submitted, plan,
            IdentityVerifiedWithVneid: submission.IdentityVerifiedWithVneid,
            ExternalSource: external?.Source,
            ExternalId: external?.Id);
        var dossier = Dossier.Receive(DossierTrigger.SubmitOnline, intake, actor, now).Value!;
        db.Add(dossier);
        foreach (var reused in components.Where(c => c.Reused is not null))
        {
            db.Add(new WalletReuse(reused.Reused!.Id, code, reused.Catalog.Number, actor, now));
        }

        var entry = dossier.History[^1];
        db.Add(AuditEntry.Record(now, actor, "dossier." + DossierActions.ToKebab(entry.Trigger), nameof(Dossier), code,
            null, entry.To.ToString(), $"{procedure.Code} v{procedure.VersionNumber}; {applicant!.Name}" + (external is { } from ? $"; {from.Source}:{from.Id}" : string.Empty)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (external is not null)
        {
            // The same submission raced itself (a double click, a resend from the national portal): the winner's dossier is the answer.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await FindExistingAsync(external.Value, cancellationToken) is { } winner)
            {
                return winner;
            }

            throw;
        }

        return new OnlineIntakeReceipt(dossier.Id, code, Replayed: false);
    }

    private static (string Source, string Id)? CheckExternal(OnlineSubmission submission, ValidationErrors errors)
    {
        var source = PartyChecks.Clean(submission.ExternalSource);
        var id = PartyChecks.Clean(submission.ExternalId);
        if (source is null && id is null)
        {
            return null;
        }

        if (source is null || id is null)
        {
            errors.Add(source is null ? "externalSource" : "externalId", "Nguồn và mã hồ sơ của hệ thống gửi phải đi cùng nhau.");
            return null;
        }

        errors.Optional("externalSource", source, "Nguồn hồ sơ", ExternalSourceMaxLength);
        errors.Optional("externalId", id, "Mã hồ sơ của hệ thống gửi", ExternalIdMaxLength);
        return source.Length <= ExternalSourceMaxLength && id.Length <= ExternalIdMaxLength ? (source, id) : null;
    }

    private async Task<OnlineIntakeReceipt?> FindExistingAsync((string Source, string Id) key, CancellationToken cancellationToken)
    {
        var found = await db.Set<Dossier>().AsNoTracking()
            .Where(d => d.ExternalSource == key.Source && d.ExternalId == key.Id)
            .Select(d => new { d.Id, d.Code })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new OnlineIntakeReceipt(found.Id, found.Code, Replayed: true);
    }

    private async Task<ProcedureAtIntake?> FindProcedureAsync(string? procedureCode, DateOnly today, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(procedureCode))
        {
            errors.Add("procedureCode", "Chọn thủ tục hành chính.");
            return null;
        }

        var procedure = await catalog.FindForIntakeAsync(procedureCode.Trim(), today, cancellationToken);
        if (procedure is null)
        {
            errors.Add("procedureCode", string.Create(CultureInfo.InvariantCulture,
                $"Thủ tục \"{procedureCode.Trim()}\" không có trong danh mục đã công bố hoặc không có hiệu lực vào ngày {today:dd/MM/yyyy}."));
            return null;
        }

        if (!procedure.Accepts(IntakeChannel.Online) || !procedure.TimeLimits.ContainsKey(IntakeChannel.Online))
        {
            errors.Add("procedureCode", $"Thủ tục \"{procedure.Name}\" không được nộp trực tuyến; vui lòng nộp trực tiếp hoặc qua bưu chính.");
            return null;
        }

        return procedure;
    }

    private static ApplicantInput? ToApplicantInput(OnlineParty? party) =>
        party is null
            ? null
            : new ApplicantInput(party.IsOrganisation ? ApplicantKind.Organisation : ApplicantKind.Person, party.Name, party.Identifier, party.Address, party.Phone, party.Email);

    private static Representative? CheckRepresentative(OnlineParty? party, DateOnly today, ValidationErrors errors)
    {
        if (party is null)
        {
            return null;
        }

        if (party.IsOrganisation)
        {
            errors.Add("representative", "Người đại diện nộp hồ sơ phải là cá nhân.");
            return null;
        }

        return PartyChecks.CheckRepresentative(
            new RepresentativeInput(party.Name, party.Identifier, party.Address, party.Phone, party.Email, party.AuthorisationDocument), today, errors);
    }

    private async Task<List<CheckedComponent>> CheckComponentsAsync(
        IReadOnlyList<OnlineComponent> inputs, ProcedureAtIntake? procedure, IReadOnlyCollection<string> owners, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var reusedIds = inputs.Where(i => i?.ReusedDocumentId is not null).Select(i => i.ReusedDocumentId!.Value).Distinct().ToList();
        var wallet = reusedIds.Count == 0
            ? []
            : await db.Set<WalletDocument>().AsNoTracking()
                .Where(d => reusedIds.Contains(d.Id) && owners.Contains(d.OwnerIdentifier))
                .ToDictionaryAsync(d => d.Id, cancellationToken);
        var checkedComponents = new List<CheckedComponent>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"components[{i}]";
            if (input is null)
            {
                errors.Add(field, "Thành phần hồ sơ không hợp lệ.");
                continue;
            }

            var catalogComponent = procedure?.Components.FirstOrDefault(c => c.Number == input.Number);
            if (procedure is not null && catalogComponent is null)
            {
                errors.Add(field + ".number", "Thành phần hồ sơ không có trong thủ tục.");
            }

            if (inputs.Take(i).Any(previous => previous?.Number == input.Number))
            {
                errors.Add(field + ".number", "Thành phần hồ sơ được nộp hai lần.");
                continue;
            }

            CheckedFile? newFile = null;
            WalletDocument? reused = null;
            switch (input.File, input.ReusedDocumentId)
            {
                case (not null, not null):
                    errors.Add(field + ".file", "Chọn một trong hai: tải tệp mới hoặc dùng lại tài liệu trong kho dữ liệu.");
                    break;
                case (null, null):
                    errors.Add(field + ".file", "Đính kèm tệp của thành phần hồ sơ hoặc chọn tài liệu trong kho dữ liệu.");
                    break;
                case ({ } file, null):
                    (newFile, var refusal) = DigitizedFiles.Check(file.FileName, file.Content ?? []);
                    if (refusal is not null)
                    {
                        errors.Add(field + ".file", refusal);
                    }

                    break;
                case (null, { } documentId):
                    // Someone else's document is as unknown as a missing one: no oracle on other people's wallets.
                    reused = wallet.GetValueOrDefault(documentId);
                    if (reused is null)
                    {
                        errors.Add(field + ".reusedDocumentId", "Không tìm thấy tài liệu này trong kho dữ liệu của người nộp hồ sơ.");
                    }

                    break;
            }

            if (catalogComponent is not null && (newFile is not null || reused is not null))
            {
                checkedComponents.Add(new CheckedComponent(catalogComponent, newFile, reused));
            }
        }

        foreach (var required in procedure?.Components.Where(c => c.Required) ?? [])
        {
            if (inputs.All(i => i?.Number != required.Number))
            {
                errors.Add("components", $"Thiếu thành phần hồ sơ bắt buộc: {required.Name}.");
            }
        }

        return checkedComponents;
    }

    /// <summary>The implementing unit's desk, or the nearest ancestor's (a phòng of a sở is served by the sở's desk).</summary>
    private async Task<(DeskSummary Desk, UnitSummary Unit)?> FindDeskAsync(UnitSummary unit, CancellationToken cancellationToken)
    {
        var at = unit;
        for (var depth = 0; at is not null && depth < MaxUnitDepth; depth++)
        {
            var desks = await directory.ListDesksForUnitAsync(at.Id, cancellationToken);
            if (desks.Count > 0)
            {
                return (desks[0], at);
            }

            at = at.ParentId is { } parent ? await directory.FindAsync(parent, cancellationToken) : null;
        }

        return null;
    }

    private sealed record CheckedComponent(IntakeComponent Catalog, CheckedFile? NewFile, WalletDocument? Reused);
}
