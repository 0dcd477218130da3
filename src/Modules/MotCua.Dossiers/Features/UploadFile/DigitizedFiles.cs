using System.IO.Compression;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Files;

namespace MotCua.Dossiers.Features.UploadFile;

/// <summary>A file whose bytes were read within the limit and whose real type was recognised, not yet stored.</summary>
internal sealed record CheckedFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content);

/// <summary>
/// The one gate of every digitized document a dossier receives (NĐ 107/2021), whatever the door: its type is proven by
/// its first bytes, not by its name or the type the sender claims (an .exe renamed .pdf is refused), its size is
/// bounded, and it is stored under a fresh key with its SHA-256. Checking and storing are apart so that a submission
/// with several files checks them all before writing any.
/// </summary>
internal sealed class DigitizedFiles(IFileStore store)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string TooLargeMessage = "Tệp vượt quá dung lượng cho phép (20 MB).";

    public const string EmptyMessage = "Chọn tệp cần tải lên.";

    public const string WrongTypeMessage = "Chỉ chấp nhận tệp PDF, JPEG, PNG hoặc DOCX.";

    private const int MaxNameLength = 200;

    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads at most <see cref="MaxBytes"/> (plus one chunk): a larger upload is refused without buffering it whole.</summary>
    public static async Task<(byte[]? Content, string? Refusal)> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLargeMessage);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>The file as it will be stored, or the Vietnamese reason it is refused.</summary>
    public static (CheckedFile? File, string? Refusal) Check(string? fileName, ReadOnlyMemory<byte> content)
    {
        if (content.Length == 0)
        {
            return (null, EmptyMessage);
        }

        if (content.Length > MaxBytes)
        {
            return (null, TooLargeMessage);
        }

        var contentType = Sniff(content);
        if (contentType is null)
        {
            return (null, WrongTypeMessage);
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "tep" : Path.GetFileName(fileName.Trim());
        if (name.Length == 0)
        {
            name = "tep";
        }

        if (name.Length > MaxNameLength)
        {
            name = name[^MaxNameLength..];
        }

        return (new CheckedFile(name, contentType, content), null);
    }

    public async Task<DigitizedFile> StoreAsync(CheckedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var stream = new MemoryStream(file.Content.ToArray(), writable: false);
        var stored = await store.SaveAsync("dossiers", file.FileName, file.ContentType, stream, cancellationToken);
        return new DigitizedFile(stored.Key, stored.Sha256, stored.Length, stored.ContentType, file.FileName);
    }

    /// <summary>The content type the bytes prove, or null: a renamed executable is not a PDF.</summary>
    internal static string? Sniff(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
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

        if (bytes.StartsWith("PK\u0003\u0004"u8) && IsWordDocument(content))
        {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }

        return null;
    }

    private static bool IsWordDocument(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
