using System.Security.Cryptography;
using System.Text;

namespace MotCua.Payments.Gateway;

/// <summary>
/// HMAC-SHA256 over the canonical form of a message: every field but "signature" that has a value, sorted by name
/// (ordinal), written "name=value" with the value percent-encoded (RFC 3986) and joined by "&amp;"; the digest in
/// lowercase hex. Both sides hold the shared secret; nobody else can produce a valid signature.
/// </summary>
public static class GatewaySignature
{
    public const string Field = "signature";

    public static string Canonical(IEnumerable<KeyValuePair<string, string?>> fields) =>
        string.Join('&', fields
            .Where(f => f.Key != Field && !string.IsNullOrEmpty(f.Value))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value!)));

    public static string Sign(string secret, IEnumerable<KeyValuePair<string, string?>> fields) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Canonical(fields))));

    /// <summary>Constant-time comparison, so that the time taken says nothing about how much of a forgery was right.</summary>
    public static bool Verify(string secret, IEnumerable<KeyValuePair<string, string?>> fields, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length != 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Canonical(fields)));
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
