using Microsoft.AspNetCore.StaticFiles;
using MotCua.Kernel.Files;
using MotCua.Kernel.Results;

namespace MotCua.Catalog.Features.Browse;

public sealed record FormDownload(Stream Content, string ContentType, string FileName);

/// <summary>
/// Streams the blank form (mẫu đơn, tờ khai) attached to a dossier component. Forms published on the national
/// database are legally equal to those handed out at the counter (NĐ 63/2010 Đ25), so citizens may print them.
/// </summary>
internal sealed class DownloadFormHandler(GetProcedureHandler procedures, IFileStore files)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task<Result<FormDownload>> HandleAsync(string code, int index, DateOnly day, CancellationToken cancellationToken)
    {
        var found = await procedures.FindAsync(code, day, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var components = found.Value.Version.Content.Components;
        var component = index >= 1 && index <= components.Count ? components[index - 1] : null;
        if (component?.FormFileKey is not { } key)
        {
            return Error.NotFound("form.not_found", $"Thành phần hồ sơ số {index} của thủ tục {code} không có mẫu đơn, tờ khai để tải về.");
        }

        var stream = await files.OpenAsync(key, cancellationToken);
        if (stream is null)
        {
            return Error.NotFound("form.missing", "Tệp mẫu đơn, tờ khai không còn trong kho lưu trữ.");
        }

        var fileName = StoredName(key);
        var contentType = ContentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";
        return new FormDownload(stream, contentType, fileName);
    }

    /// <summary>The uploaded file name: the last segment of the key without the store's unique prefix ("{guid:N}-").</summary>
    internal static string StoredName(string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash == 32 && name[..dash].All(char.IsAsciiHexDigit) && dash + 1 < name.Length ? name[(dash + 1)..] : name;
    }
}
