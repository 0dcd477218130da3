using System.Buffers.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Integration.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Integration.Features.ReceivePortalDossier;

/// <summary>The applicant (ChuHoSo) or the person who submits for them (NguoiNop); <c>Kind</c> is "Person" or "Organisation".</summary>
public sealed record PortalPartyRequest(string? Kind, string? Name, string? Identifier, string? Address, string? Phone, string? Email);

/// <summary>A component (thành phần hồ sơ) of the catalog version, by its number, with its file in base64.</summary>
public sealed record PortalComponentRequest(int Number, string? FileName, string? ContentType, string? ContentBase64);

/// <summary>
/// A dossier submitted on the national portal: <c>PortalId</c> is the portal's MaHoSo, the key that makes resending
/// harmless; <c>VerifiedWithVneid</c> says the portal signed the applicant in with VNeID.
/// </summary>
public sealed record PortalDossierRequest(
    string? PortalId,
    string? ProcedureCode,
    PortalPartyRequest? Applicant,
    PortalPartyRequest? Representative,
    string? RequestSummary,
    IReadOnlyList<PortalComponentRequest>? Components,
    bool VerifiedWithVneid);

public sealed record PortalDossierReceipt(string PortalId, string Code, bool Replayed);

/// <summary>The name under which the national portal appears in a dossier's history and in the audit log.</summary>
internal static class NationalPortalActor
{
    public const string Prefix = "dvcqg:";

    public const string ExternalSource = "dvcqg";

    public static string Of(string clientId) => Prefix + clientId;

    public static bool IsPortal(string actor) => actor.StartsWith(Prefix, StringComparison.Ordinal);
}

/// <summary>
/// Receives a dossier from the national portal and hands it to online intake like any online submission (NĐ 61/2018
/// Đ17.2). The envelope is checked here (identifier, parties, base64 files); the procedure, its version and its
/// components are checked by intake against the catalog. Nothing is written unless both agree.
/// </summary>
internal sealed class ReceivePortalDossierHandler(DbContext db, IOnlineIntake intake, BusinessClock clock)
{
    public const int PortalIdMaxLength = PortalSync.PortalIdMaxLength;

    /// <summary>Per file, before intake's own limits; the request as a whole is bounded by Kestrel's body limit.</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    public async Task<Result<PortalDossierReceipt>> HandleAsync(string clientId, PortalDossierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        CheckPortalId(errors, request.PortalId);
        errors.Required("procedureCode", request.ProcedureCode, "Mã thủ tục hành chính", 32);
        errors.Optional("requestSummary", request.RequestSummary, "Trích yếu", 2000);
        var applicant = Party(errors, "applicant", request.Applicant, "Chủ hồ sơ", required: true);
        var representative = Party(errors, "representative", request.Representative, "Người nộp hồ sơ", required: false);
        var components = Components(errors, request.Components);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var submission = new OnlineSubmission(
            request.ProcedureCode!.Trim(), applicant, representative, request.RequestSummary?.Trim(), components,
            NationalPortalActor.Of(clientId), request.VerifiedWithVneid, NationalPortalActor.ExternalSource, request.PortalId!);
        var result = await intake.SubmitAsync(submission, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        var receipt = result.Value;
        await RememberOriginAsync(receipt, request.PortalId!, clientId, cancellationToken);
        return new PortalDossierReceipt(request.PortalId!, receipt.Code, receipt.Replayed);
    }

    /// <summary>
    /// The connector must not create this dossier on the portal again: it says so in its sync record, which the outbox
    /// subscriber may already have written from the dossier's first history line (a race it settles by retrying).
    /// </summary>
    private async Task RememberOriginAsync(OnlineIntakeReceipt receipt, string portalId, string clientId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var sync = await db.Set<PortalSync>().SingleOrDefaultAsync(s => s.Code == receipt.Code, cancellationToken);
            if (sync is null)
            {
                db.Add(PortalSync.ForPortalSubmission(receipt.Code, portalId));
            }
            else if (sync.PortalDossierId is null)
            {
                sync.CameFromPortal(portalId);
            }
            else
            {
                return;
            }

            if (!receipt.Replayed)
            {
                db.Add(AuditEntry.Record(clock.UtcNow, NationalPortalActor.Of(clientId), "NationalPortalDossierReceived", "Dossier", receipt.Code,
                    details: $"MaHoSo trên Cổng DVCQG: {portalId}"));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static void CheckPortalId(ValidationErrors errors, string? portalId)
    {
        errors.Required("portalId", portalId, "Mã hồ sơ trên Cổng DVCQG", PortalIdMaxLength);
        if (!string.IsNullOrWhiteSpace(portalId) && portalId.Length <= PortalIdMaxLength
            && !portalId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
        {
            errors.Add("portalId", "Mã hồ sơ trên Cổng DVCQG chỉ gồm chữ, số và các dấu - . _");
        }
    }

    private static OnlineParty? Party(ValidationErrors errors, string field, PortalPartyRequest? party, string label, bool required)
    {
        if (party is null)
        {
            if (required)
            {
                errors.Add(field, $"{label} không được để trống.");
            }

            return null;
        }

        var isOrganisation = party.Kind switch
        {
            "Person" or null => false,
            "Organisation" => true,
            _ => (bool?)null,
        };
        if (isOrganisation is null)
        {
            errors.Add($"{field}.kind", $"Loại {label.ToLowerInvariant()} phải là Person (công dân) hoặc Organisation (tổ chức).");
        }

        errors.Required($"{field}.name", party.Name, $"Tên {label.ToLowerInvariant()}", 200);
        errors.Required($"{field}.identifier", party.Identifier, $"Số định danh của {label.ToLowerInvariant()}", 20);
        errors.Optional($"{field}.address", party.Address, "Địa chỉ", 500);
        errors.Optional($"{field}.phone", party.Phone, "Số điện thoại", 32);
        errors.Optional($"{field}.email", party.Email, "Thư điện tử", 256);
        return new OnlineParty(isOrganisation ?? false, party.Name?.Trim(), party.Identifier?.Trim(), party.Address?.Trim(), party.Phone?.Trim(), party.Email?.Trim());
    }

    private static List<OnlineComponent> Components(ValidationErrors errors, IReadOnlyList<PortalComponentRequest>? components)
    {
        var result = new List<OnlineComponent>();
        if (components is null || components.Count == 0)
        {
            errors.Add("components", "Hồ sơ phải có ít nhất một thành phần kèm tệp.");
            return result;
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            var field = $"components[{i}]";
            if (component.Number < 1)
            {
                errors.Add($"{field}.number", "Số thứ tự thành phần hồ sơ phải từ 1 trở lên.");
            }
            else if (!seen.Add(component.Number))
            {
                errors.Add($"{field}.number", $"Thành phần hồ sơ số {component.Number} được gửi hai lần.");
            }

            errors.Required($"{field}.fileName", component.FileName, "Tên tệp", 255);
            errors.Required($"{field}.contentType", component.ContentType, "Loại tệp", 100);
            var content = Decode(errors, $"{field}.contentBase64", component.ContentBase64);
            if (content is not null && component.FileName is not null && component.ContentType is not null)
            {
                result.Add(new OnlineComponent(component.Number, new OnlineFile(component.FileName.Trim(), component.ContentType.Trim(), content)));
            }
        }

        return result;
    }

    private static byte[]? Decode(ValidationErrors errors, string field, string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            errors.Add(field, "Nội dung tệp không được để trống.");
            return null;
        }

        if (base64.Length / 4 * 3 > MaxFileBytes + 3)
        {
            errors.Add(field, $"Tệp không được lớn hơn {MaxFileBytes / 1024 / 1024} MB.");
            return null;
        }

        var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        if (!Convert.TryFromBase64String(base64, buffer, out var written) || written == 0)
        {
            errors.Add(field, "Nội dung tệp không phải chuỗi base64 hợp lệ.");
            return null;
        }

        return buffer[..written];
    }
}
