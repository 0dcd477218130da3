namespace MotCua.Catalog.Features.Transfer;

/// <summary>The kinds of file a form template (mẫu đơn, tờ khai) may be; the type comes from the extension, never from the sender.</summary>
internal static class FormFiles
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".doc"] = "application/msword",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pdf"] = "application/pdf",
        [".txt"] = "text/plain; charset=utf-8",
    };

    public static IEnumerable<string> Extensions => ContentTypes.Keys;

    public static string? ContentTypeOf(string? fileName) =>
        fileName is not null && ContentTypes.TryGetValue(Path.GetExtension(fileName), out var type) ? type : null;
}
