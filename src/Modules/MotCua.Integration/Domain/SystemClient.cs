using System.Security.Cryptography;
using System.Text;

namespace MotCua.Integration.Domain;

/// <summary>
/// Another system allowed to call MotCua's API (the national portal first): an id, the SHA-256 of a high-entropy
/// secret (never the secret itself), the scopes it was granted, and an expiry so that secrets are rotated.
/// </summary>
internal sealed class SystemClient
{
    public const int ClientIdMaxLength = 64;

    /// <summary>A secret shorter than this is guessable; 32 random bytes encode to 43 characters.</summary>
    public const int MinSecretLength = 32;

    private SystemClient()
    {
    }

    public string ClientId { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public byte[] SecretHash { get; private set; } = [];

    /// <summary>Space-separated, as OAuth 2.0 writes scopes.</summary>
    public string Scopes { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SecretExpiresAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static SystemClient Register(string clientId, string name, string secret, IEnumerable<string> scopes, DateTime nowUtc, DateTime? secretExpiresAtUtc)
    {
        CheckId(clientId);
        var client = new SystemClient { ClientId = clientId, CreatedAtUtc = nowUtc };
        client.Update(name, secret, scopes, secretExpiresAtUtc);
        return client;
    }

    /// <summary>Sets name, secret, scopes and expiry; true when anything changed (a rotation, a new scope).</summary>
    public bool Update(string name, string secret, IEnumerable<string> scopes, DateTime? secretExpiresAtUtc)
    {
        if (secret.Length < MinSecretLength)
        {
            throw new ArgumentException($"A system client's secret must be at least {MinSecretLength} characters.", nameof(secret));
        }

        var hash = Hash(secret);
        var scopeText = string.Join(' ', scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var changed = Name != name || !hash.AsSpan().SequenceEqual(SecretHash) || Scopes != scopeText
            || SecretExpiresAtUtc != secretExpiresAtUtc || RevokedAtUtc is not null;
        Name = name;
        SecretHash = hash;
        Scopes = scopeText;
        SecretExpiresAtUtc = secretExpiresAtUtc;
        RevokedAtUtc = null;
        return changed;
    }

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;

    /// <summary>Constant-time comparison of hashes: how long it takes says nothing about how much of the secret was right.</summary>
    public bool Accepts(string secret, DateTime nowUtc) =>
        RevokedAtUtc is null
        && (SecretExpiresAtUtc is null || SecretExpiresAtUtc > nowUtc)
        && CryptographicOperations.FixedTimeEquals(Hash(secret), SecretHash);

    public bool Has(string scope) => ScopeList.Contains(scope, StringComparer.Ordinal);

    /// <summary>
    /// A plain SHA-256 is enough here, unlike for passwords: the secret is 256 random bits, so there is nothing for a
    /// slow hash to protect against dictionary attacks.
    /// </summary>
    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>A new secret of 32 random bytes, base64url (no '.', so it can follow the client id after a dot).</summary>
    public static string NewSecret() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static bool IsValidId(string? clientId) =>
        !string.IsNullOrEmpty(clientId) && clientId.Length <= ClientIdMaxLength
        && clientId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static void CheckId(string clientId)
    {
        if (!IsValidId(clientId))
        {
            throw new ArgumentException("A client id is 1–64 ASCII letters, digits, '-' or '_'.", nameof(clientId));
        }
    }
}
