using System.IO.Compression;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Persistence;
using MotCua.Kernel.Files;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.UploadFile;

public sealed record UploadedFile(Guid Id, string FileName, string ContentType, long Size, string Sha256);

/// <summary>
/// Stores a digitized document (NĐ 107/2021: dossiers and results are digitized on receipt) after checking its
/// type by its first bytes, not by its name, and its size. The id is then referenced when the dossier is created.
/// </summary>
internal sealed class UploadFileHandler(DbContext db, IFileStore store, BusinessClock clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public async Task<Result<UploadedFile>> HandleAsync(ClaimsPrincipal user, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return Error.Field("file", "Tệp vượt quá dung lượng cho phép (20 MB).");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return Error.Field("file", "Chọn tệp cần tải lên.");
        }

        var contentType = Sniff(buffer);
        if (contentType is null)
        {
            return Error.Field("file", "Chỉ chấp nhận tệp PDF, JPEG, PNG hoặc DOCX.");
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "tep" : Path.GetFileName(fileName.Trim());
        if (name.Length > 200)
        {
            name = name[^200..];
        }

        buffer.Position = 0;
        var stored = await store.SaveAsync("dossiers", name, contentType, buffer, cancellationToken);
        var upload = new DossierUpload
        {
            Id = Guid.CreateVersion7(),
            Key = stored.Key,
            Sha256 = stored.Sha256,
            Size = stored.Length,
            ContentType = stored.ContentType,
            FileName = name,
            UploadedBy = DossierAccess.ActorOf(user),
            UploadedAtUtc = clock.UtcNow,
        };
        db.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return new UploadedFile(upload.Id, upload.FileName, upload.ContentType, upload.Size, upload.Sha256);
    }

    /// <summary>The content type the bytes prove, or null: a renamed executable is not a PDF.</summary>
    internal static string? Sniff(MemoryStream buffer)
    {
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (bytes.StartsWith(JpegMagic))
        {
            return "image/jpeg";
        }

        if (bytes.StartsWith(PngMagic))
        {
            return "image/png";
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) && IsWordDocument(buffer))
        {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }

        return null;
    }

    private static bool IsWordDocument(MemoryStream buffer)
    {
        try
        {
            buffer.Position = 0;
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
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
