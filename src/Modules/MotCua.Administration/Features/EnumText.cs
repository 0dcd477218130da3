namespace MotCua.Administration.Features;

/// <summary>Parses enum names from requests; numbers and unknown names are refused so the field gets a message.</summary>
internal static class EnumText
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text)
            && Enum.GetNames<T>().Contains(text.Trim(), StringComparer.Ordinal)
            && Enum.TryParse(text.Trim(), out value);
    }
}
