using Microsoft.AspNetCore.Identity;

namespace MotCua.Administration.Contracts;

/// <summary>Authorization policy names shared by every module.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string SystemAdmin = "system-admin";
    public const string CatalogEditor = "catalog-editor";

    /// <summary>Staff authenticate with the Identity cookie (pages) or a bearer token (API clients).</summary>
    public static readonly string[] StaffSchemes = [IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme];
}
