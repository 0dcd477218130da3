namespace MotCua.Administration.Contracts;

/// <summary>Authorization policy names shared by every module.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string SystemAdmin = "system-admin";
    public const string CatalogEditor = "catalog-editor";

    /// <summary>
    /// The default scheme: it forwards to the bearer-token scheme when the request carries a bearer token (API clients)
    /// and to the Identity cookie otherwise (pages), so that a refusal is answered by exactly one scheme.
    /// </summary>
    public const string StaffScheme = "MotCua.Staff";
}
