using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace MotCua.Administration.Features;

/// <summary>Audit details as JSON that keeps Vietnamese readable in the log (no \u escapes).</summary>
internal static class AuditDetails
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Of(object details) => JsonSerializer.Serialize(details, Options);
}
