using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.UploadFile;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.CitizenPortal;

/// <summary>A new scan for a component named in form 02.</summary>
public sealed record SuppliedOnlineFile(int ComponentNumber, OnlineFile File);

/// <summary>
/// Bổ sung hồ sơ trực tuyến (NĐ 61/2018 Đ17.1a, Đ19.4): the applicant or their representative hands in, from the
/// portal, new scans of the components form 02 asked for. Every file passes the same gate as at intake and is checked
/// before anything is written; the dossier's own rules then decide (state, clock restart during processing).
/// </summary>
internal sealed class SupplyOnlineHandler(
    DbContext db, CitizenDossiersHandler dossiers, DigitizedFiles files, LegalTimeSource legalTime, BusinessClock clock)
{
    public async Task<Result<string>> HandleAsync(string citizenId, string code, string? note, IReadOnlyList<SuppliedOnlineFile> supplied, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supplied);
        var found = await dossiers.LoadAsync(citizenId, code, cancellationToken);
        if (found is null)
        {
            return Error.NotFound("dossier-not-found", CitizenDossiersHandler.NotFoundMessage);
        }

        var dossier = await db.Set<Dossier>().AsSplitQuery().SingleAsync(d => d.Id == found.Id, cancellationToken);
        if (DossierLifecycle.Next(dossier, DossierTrigger.SupplySupplement) is { IsSuccess: false } illegal)
        {
            return illegal.Error;
        }

        var errors = new ValidationErrors();
        errors.Optional("note", note, "Ghi chú", 2000);
        if (supplied.Count == 0)
        {
            errors.Add("files", "Đính kèm tệp của ít nhất một thành phần hồ sơ cần bổ sung.");
        }

        var checkedFiles = new List<(int Number, CheckedFile File)>();
        for (var i = 0; i < supplied.Count; i++)
        {
            if (dossier.Components.All(c => c.Number != supplied[i].ComponentNumber))
            {
                errors.Add($"files[{i}].componentNumber", "Thành phần hồ sơ này không có trong hồ sơ.");
                continue;
            }

            var (file, refusal) = DigitizedFiles.Check(supplied[i].File.FileName, supplied[i].File.Content ?? []);
            if (file is null)
            {
                errors.Add($"files[{i}].file", refusal!);
                continue;
            }

            checkedFiles.Add((supplied[i].ComponentNumber, file));
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var stored = new List<(int, DigitizedFile)>();
        foreach (var (number, file) in checkedFiles)
        {
            stored.Add((number, await files.StoreAsync(file, cancellationToken)));
        }

        var actor = CitizenActor.Of(citizenId);
        var now = clock.UtcNow;
        var from = dossier.State;
        var time = await legalTime.ForUnitAsync(dossier.ProcessingUnitId, cancellationToken);
        if (dossier.SupplySupplement(actor, now, time, PartyChecksNote(note), stored) is { } refused)
        {
            return refused;
        }

        db.Add(AuditEntry.Record(now, actor, "dossier.supply-supplement", nameof(Dossier), dossier.Code, from.ToString(), dossier.State.ToString(),
            $"Bổ sung trực tuyến: {stored.Count} tệp"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("concurrent-change", $"Hồ sơ {dossier.Code} vừa được cập nhật. Tải lại trang rồi thực hiện lại.");
        }

        return dossier.Code;
    }

    private static string PartyChecksNote(string? note) => string.IsNullOrWhiteSpace(note) ? "Công dân bổ sung hồ sơ trực tuyến" : note.Trim();
}

/// <summary>How a citizen appears in history and audit: by the CCCD, the one identifier the portal knows for sure.</summary>
internal static class CitizenActor
{
    public static string Of(string citizenId) => "cong-dan:" + citizenId;
}
