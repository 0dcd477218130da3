using Microsoft.AspNetCore.Identity;

namespace MotCua.Administration.Contracts;

/// <summary>Authorization policy names shared by every module.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string SystemAdmin = "system-admin";
    public const string CatalogEditor = "catalog-editor";

    /// <summary>Staff authenticate with the Identity cookie (pages) or a bearer token (API clients).</summary>
    /// <remarks>
    /// The bearer scheme comes first: a challenge or forbid runs every scheme in this order, the bearer one only sets the
    /// status code, and the cookie one then answers last (a redirect for pages, a problem body for the API). The other
    /// order writes the cookie's response first and the bearer scheme fails setting a status on a started response.
    /// </remarks>
    public static readonly string[] StaffSchemes = [IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme];
}
