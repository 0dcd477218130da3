using System.Security.Claims;

namespace MotCua.Kernel.Citizens;

/// <summary>
/// How a citizen (or an organisation's representative) is known to MotCua once signed in through OpenID Connect:
/// VNeID in production, the development provider locally. Staff never carry these claims.
/// </summary>
public static class CitizenIdentity
{
    /// <summary>The citizen's cookie, separate from the staff cookie, so that one browser is never both at once by accident.</summary>
    public const string Scheme = "MotCua.Citizen";

    /// <summary>The OpenID Connect handler that signs a citizen in (VNeID or the development provider).</summary>
    public const string ChallengeScheme = "MotCua.Citizen.Oidc";

    /// <summary>Authorization policy of every citizen page and endpoint.</summary>
    public const string Policy = "citizen";

    /// <summary>Số định danh cá nhân (12-digit CCCD number, DOMAIN A12), mapped from the provider's claim in configuration.</summary>
    public const string IdentifierClaim = "motcua:citizen_id";

    public const string NameClaim = "motcua:full_name";

    /// <summary>ISO date (yyyy-MM-dd).</summary>
    public const string BirthDateClaim = "motcua:birth_date";

    public const string PhoneClaim = "motcua:phone";

    public const string EmailClaim = "motcua:email";

    /// <summary>"true" when the identity was verified by the national e-ID (feeds 766 indicator 4.5: TaiKhoanDuocXacThucVoiVNeID).</summary>
    public const string VerifiedClaim = "motcua:vneid_verified";

    public static string? CitizenId(this ClaimsPrincipal user) => user?.FindFirst(IdentifierClaim)?.Value;

    public static string? CitizenName(this ClaimsPrincipal user) => user?.FindFirst(NameClaim)?.Value;

    public static bool IsCitizen(this ClaimsPrincipal user) => user?.CitizenId() is not null;
}
