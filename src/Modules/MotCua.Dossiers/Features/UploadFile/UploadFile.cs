using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Persistence;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.UploadFile;

public sealed record UploadedFile(Guid Id, string FileName, string ContentType, long Size, string Sha256);

/// <summary>
/// Stores a digitized document (NĐ 107/2021: dossiers and results are digitized on receipt) after checking its
/// type by its first bytes, not by its name, and its size. The id is then referenced when the dossier is created.
/// </summary>
internal sealed class UploadFileHandler(DbContext db, DigitizedFiles files, BusinessClock clock)
{
    public async Task<Result<UploadedFile>> HandleAsync(ClaimsPrincipal user, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var (bytes, tooLarge) = await DigitizedFiles.ReadAsync(content, cancellationToken);
        var (file, refusal) = bytes is null ? (null, tooLarge) : DigitizedFiles.Check(fileName, bytes);
        if (file is null)
        {
            return Error.Field("file", refusal!);
        }

        var stored = await files.StoreAsync(file, cancellationToken);
        var upload = new DossierUpload
        {
            Id = Guid.CreateVersion7(),
            Key = stored.Key,
            Sha256 = stored.Sha256,
            Size = stored.Size,
            ContentType = stored.ContentType,
            FileName = stored.FileName,
            UploadedBy = DossierAccess.ActorOf(user),
            UploadedAtUtc = clock.UtcNow,
        };
        db.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return new UploadedFile(upload.Id, upload.FileName, upload.ContentType, upload.Size, upload.Sha256);
    }
}

/// <summary>Uploaded files become part of a dossier once, by their uploader: never shared, never reused.</summary>
internal sealed class Attachments(DbContext db)
{
    public async Task<Dictionary<Guid, DossierUpload>> FindAsync(ClaimsPrincipal user, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var actor = DossierAccess.ActorOf(user);
        return wanted.Count == 0
            ? []
            : await db.Set<DossierUpload>()
                .Where(u => wanted.Contains(u.Id) && u.UploadedBy == actor && u.DossierCode == null)
                .ToDictionaryAsync(u => u.Id, cancellationToken);
    }

    public static DigitizedFile ToFile(DossierUpload upload) => new(upload.Key, upload.Sha256, upload.Size, upload.ContentType, upload.FileName);
}

internal static class UploadFileEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapPost("/files", async (IFormFile file, ClaimsPrincipal user, UploadFileHandler handler, CancellationToken cancellationToken) =>
            {
                await using var stream = file.OpenReadStream();
                return (await handler.HandleAsync(user, file.FileName, stream, cancellationToken))
                    .ToHttp(f => TypedResults.Created($"/api/v1/dossiers/files/{f.Id}", f));
            })
            // API clients send bearer tokens, which a cross-site form cannot forge; pages call the handler directly.
            .DisableAntiforgery()
            .WithName("UploadDossierFile")
            .WithSummary("Tải lên tệp số hóa (PDF, JPEG, PNG, DOCX; tối đa 20 MB); trả về mã tệp để dùng khi tạo hồ sơ")
            .Produces<UploadedFile>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
