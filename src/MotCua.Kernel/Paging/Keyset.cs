using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace MotCua.Kernel.Paging;

/// <summary>A page of a keyset-paged list; <see cref="Next"/> is the opaque cursor for <c>?after=</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

public static class Keyset
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    public static bool TryDecode(string? cursor, out string? key)
    {
        key = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        if (cursor.Length > 512)
        {
            return false;
        }

        try
        {
            key = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static int ClampLimit(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    /// <summary>Takes limit+1 rows from the query result to know whether a next page exists.</summary>
    public static Page<T> ToPage<T>(IReadOnlyList<T> rowsPlusOne, int limit, Func<T, string> keyOf)
    {
        if (rowsPlusOne.Count <= limit)
        {
            return new Page<T>(rowsPlusOne, null);
        }

        var items = rowsPlusOne.Take(limit).ToList();
        return new Page<T>(items, Encode(keyOf(items[^1])));
    }

    /// <summary>The key of a row ordered by an instant, then by a code: "ticks|code".</summary>
    public static string InstantKey(DateTime at, string code) => string.Create(CultureInfo.InvariantCulture, $"{at.Ticks}|{code}");

    /// <summary>Reads an <see cref="InstantKey"/>; a missing key (first page) is valid and leaves both unset.</summary>
    public static bool TryParseInstantKey(string? key, out DateTime? at, out string code)
    {
        at = null;
        code = string.Empty;
        if (key is null)
        {
            return true;
        }

        var bar = key.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0 || bar == key.Length - 1
            || !long.TryParse(key.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        at = new DateTime(ticks, DateTimeKind.Utc);
        code = key[(bar + 1)..];
        return true;
    }
}
