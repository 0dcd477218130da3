using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.UploadFile;
using MotCua.Dossiers.Persistence;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.ReceiveDossier;

public sealed record ApplicantInput(ApplicantKind Kind, string? Name, string? Identifier, string? Address, string? Phone, string? Email, DateOnly? BirthDate = null);

public sealed record RepresentativeInput(string? Name, string? Identifier, string? Address, string? Phone, string? Email, string? AuthorisationDocument);

/// <summary>A component of the procedure as handed in: its catalog number, originals and copies, and its uploaded scan.</summary>
public sealed record ComponentInput(int Number, int Originals, int Copies, Guid? FileId);

/// <summary>
/// Intake at the desk or by post. <see cref="Accept"/> (the default) issues the receipt at once when the officer has
/// checked the dossier at the counter; otherwise the dossier waits for the completeness check.
/// </summary>
public sealed record ReceiveDossierRequest(
    string? ProcedureCode,
    DossierChannel Channel,
    ApplicantInput? Applicant,
    IReadOnlyList<ComponentInput>? Components,
    RepresentativeInput? Representative = null,
    string? RequestSummary = null,
    Guid? DeskId = null,
    bool Accept = true);

/// <summary>
/// Tiếp nhận hồ sơ (NĐ 61/2018 Đ17): binds the dossier to the procedure version in force today, numbers it from the
/// desk's daily sequence in the same transaction, and records the intake (and the receipt) in history and audit.
/// </summary>
internal sealed class ReceiveDossierHandler(
    DbContext db,
    IProcedureCatalog catalog,
    IOrganisationDirectory directory,
    DossierCodes codes,
    ProcessPlans plans,
    Attachments attachments,
    LegalTimeSource legalTime,
    BusinessClock clock)
{
    public const int IdempotencyKeyMaxLength = 128;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, ReceiveDossierRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!user.IsInRole(StaffRoles.DeskOfficer) && !DossierAccess.IsAdmin(user))
        {
            return Error.Forbidden("Chỉ cán bộ bộ phận một cửa được tiếp nhận hồ sơ.");
        }

        var actor = DossierAccess.ActorOf(user);
        string? hash = null;
        if (idempotencyKey is not null)
        {
            if (idempotencyKey.Length is 0 or > IdempotencyKeyMaxLength)
            {
                return Error.Field("Idempotency-Key", $"Khóa Idempotency-Key phải có từ 1 đến {IdempotencyKeyMaxLength} ký tự.");
            }

            hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, Json)));
            if (await ReplayAsync(actor, idempotencyKey, hash, cancellationToken) is { } replay)
            {
                return replay;
            }
        }

        var today = clock.Today;
        var now = clock.UtcNow;
        var errors = new ValidationErrors();
        var procedure = await FindProcedureAsync(request, today, errors, cancellationToken);
        CheckChannel(request, procedure, errors);
        var desks = user.UnitId() is { } unitId ? await directory.ListDesksForUnitAsync(unitId, cancellationToken) : [];
        var desk = request.DeskId is { } deskId ? desks.FirstOrDefault(d => d.Id == deskId) : desks.Count > 0 ? desks[0] : null;
        if (desk is null)
        {
            if (request.DeskId is null)
            {
                return Error.Forbidden("Đơn vị của bạn không có bộ phận một cửa để tiếp nhận hồ sơ.");
            }

            errors.Add("deskId", "Bộ phận một cửa đã chọn không thuộc đơn vị của bạn.");
        }

        var applicant = PartyChecks.CheckApplicant(request.Applicant, today, errors);
        var representative = PartyChecks.CheckRepresentative(request.Representative, today, errors);
        errors.Optional("requestSummary", request.RequestSummary, "Nội dung yêu cầu giải quyết", 2000);
        var inputs = request.Components ?? [];
        var uploads = await attachments.FindAsync(user, inputs.Where(i => i.FileId is not null).Select(i => i.FileId!.Value), cancellationToken);
        CheckComponents(inputs, procedure, uploads, request.Accept, errors);
        var unit = procedure is null ? null : await directory.FindAsync(procedure.ImplementingUnitId, cancellationToken);
        if (procedure is not null && unit is null)
        {
            errors.Add("procedureCode", "Đơn vị thực hiện của thủ tục không còn trong cơ cấu tổ chức; báo cán bộ kiểm soát TTHC.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var plan = await plans.ForAsync(procedure!, unit!, request.Channel, cancellationToken);
        // The receipt and its cut-off hour are the desk's (NĐ 61/2018 Đ18): its unit's office hours count.
        var time = await legalTime.ForUnitAsync(desk!.UnitId, cancellationToken);
        var components = procedure!.Components
            .Select(c => (Catalog: c, Input: inputs.FirstOrDefault(i => i.Number == c.Number)))
            .Where(c => c.Input is not null)
            .Select(c => new SubmittedComponent(c.Catalog.Number, c.Catalog.Name, c.Input!.Originals, c.Input.Copies,
                c.Input.FileId is { } id ? Attachments.ToFile(uploads[id]) : null))
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var code = await codes.NextAsync(desk!.Code, today, cancellationToken);
        var intake = new DossierIntake(
            code, desk.Id, desk.Code, desk.Name, user.UnitPath() ?? string.Empty, unit!.Id, unit.Path,
            procedure.ProcedureId, procedure.VersionId, procedure.VersionNumber, procedure.Code, procedure.Name,
            request.Channel, procedure.TimeLimitFor((IntakeChannel)request.Channel), applicant!, representative,
            string.IsNullOrWhiteSpace(request.RequestSummary) ? null : request.RequestSummary.Trim(), components, plan);
        var trigger = request.Channel == DossierChannel.Postal ? DossierTrigger.ReceiveByPost : DossierTrigger.ReceiveAtDesk;
        var dossier = Dossier.Receive(trigger, intake, actor, now).Value!;
        if (request.Accept && dossier.Accept(actor, now, time) is { } refused)
        {
            return refused;
        }

        foreach (var upload in uploads.Values)
        {
            upload.DossierCode = code;
        }

        db.Add(dossier);
        foreach (var entry in dossier.History)
        {
            db.Add(AuditEntry.Record(now, actor, "dossier." + DossierActions.ToKebab(entry.Trigger), nameof(Dossier), code,
                entry.From?.ToString(), entry.To.ToString(), $"{procedure.Code} v{procedure.VersionNumber}; {applicant!.Name}"));
        }

        var view = DossierView.Of(dossier, user);
        if (idempotencyKey is not null)
        {
            db.Add(new IdempotentRequest
            {
                Actor = actor,
                Key = idempotencyKey,
                RequestHash = hash!,
                StatusCode = StatusCodes.Status201Created,
                ResponseJson = JsonSerializer.Serialize(view, Json),
                CreatedAtUtc = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key raced another request: its answer is the answer.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await ReplayAsync(actor, idempotencyKey, hash!, cancellationToken) is { } replay)
            {
                return replay;
            }

            throw;
        }

        return view;
    }

    private async Task<Result<DossierView>?> ReplayAsync(string actor, string key, string hash, CancellationToken cancellationToken)
    {
        var previous = await db.Set<IdempotentRequest>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Actor == actor && r.Key == key, cancellationToken);
        if (previous is null)
        {
            return null;
        }

        return previous.RequestHash == hash
            ? JsonSerializer.Deserialize<DossierView>(previous.ResponseJson, Json)!
            : Error.Conflict("idempotency-key-reused", "Khóa Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác. Dùng một khóa mới cho mỗi hồ sơ mới.");
    }

    private async Task<ProcedureAtIntake?> FindProcedureAsync(ReceiveDossierRequest request, DateOnly today, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ProcedureCode))
        {
            errors.Add("procedureCode", "Chọn thủ tục hành chính.");
            return null;
        }

        var procedure = await catalog.FindForIntakeAsync(request.ProcedureCode.Trim(), today, cancellationToken);
        if (procedure is null)
        {
            errors.Add("procedureCode", string.Create(CultureInfo.InvariantCulture,
                $"Thủ tục \"{request.ProcedureCode.Trim()}\" không có trong danh mục đã công bố hoặc không có hiệu lực vào ngày {today:dd/MM/yyyy}."));
        }

        return procedure;
    }

    private static void CheckChannel(ReceiveDossierRequest request, ProcedureAtIntake? procedure, ValidationErrors errors)
    {
        if (request.Channel is not (DossierChannel.Direct or DossierChannel.Postal))
        {
            errors.Add("channel", request.Channel == DossierChannel.Online
                ? "Hồ sơ trực tuyến được nộp qua Cổng dịch vụ công; tại bộ phận một cửa chọn nộp trực tiếp hoặc qua bưu chính."
                : "Chọn cách thức nộp hồ sơ: trực tiếp hoặc qua bưu chính.");
        }
        else if (procedure is not null && (!procedure.Accepts((IntakeChannel)request.Channel) || !procedure.TimeLimits.ContainsKey((IntakeChannel)request.Channel)))
        {
            errors.Add("channel", "Thủ tục này không thực hiện theo cách thức nộp đã chọn.");
        }
    }

    private static void CheckComponents(
        IReadOnlyList<ComponentInput> inputs, ProcedureAtIntake? procedure, Dictionary<Guid, DossierUpload> uploads, bool accepting, ValidationErrors errors)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (procedure is not null && procedure.Components.All(c => c.Number != input.Number))
            {
                errors.Add($"components[{i}].number", "Thành phần hồ sơ không có trong thủ tục.");
            }

            if (inputs.Take(i).Any(previous => previous.Number == input.Number))
            {
                errors.Add($"components[{i}].number", "Thành phần hồ sơ được nhập hai lần.");
            }

            if (input.Originals is < 0 or > 99 || input.Copies is < 0 or > 99)
            {
                errors.Add($"components[{i}].originals", "Số bản chính, bản sao phải từ 0 đến 99.");
            }

            if (input.FileId is { } id && !uploads.ContainsKey(id))
            {
                errors.Add($"components[{i}].fileId", "Không tìm thấy tệp đã tải lên, hoặc tệp đã thuộc một hồ sơ khác.");
            }
        }

        // NĐ 61/2018 Đ17.1(a): an incomplete dossier is recorded to issue the supplement request (or the refusal),
        // so a missing component is refused only when the desk accepts the dossier.
        if (procedure is null || !accepting)
        {
            return;
        }

        foreach (var required in procedure.Components.Where(c => c.Required))
        {
            var given = inputs.FirstOrDefault(i => i.Number == required.Number);
            if (given is null || given.Originals + given.Copies == 0 && given.FileId is null)
            {
                errors.Add("components", $"Thiếu thành phần hồ sơ bắt buộc: {required.Name}.");
            }
        }
    }
}

internal static class ReceiveDossierEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapPost("", async (
                ReceiveDossierRequest request,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ClaimsPrincipal user,
                ReceiveDossierHandler handler,
                CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, request, idempotencyKey, cancellationToken))
                    .ToHttp(v => TypedResults.Created($"/api/v1/dossiers/{v.Code}", v)))
            .WithName("ReceiveDossier")
            .WithSummary("Tiếp nhận hồ sơ trực tiếp hoặc qua bưu chính; gửi Idempotency-Key để gửi lại an toàn")
            .Produces<DossierView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
