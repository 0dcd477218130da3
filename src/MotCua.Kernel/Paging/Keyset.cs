using System.Buffers.Text;
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
}
