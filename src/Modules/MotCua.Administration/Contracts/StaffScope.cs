using System.Security.Claims;

namespace MotCua.Administration.Contracts;

/// <summary>The organisational scope carried in a staff member's claims, checked on every staff action.</summary>
public static class StaffScope
{
    public const string UnitIdClaim = "motcua:unit_id";
    public const string UnitPathClaim = "motcua:unit_path";
    public const string SubtreeClaim = "motcua:subtree";
    public const string FullNameClaim = "motcua:full_name";

    public static Guid? UnitId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(UnitIdClaim), out var id) ? id : null;

    public static string? UnitPath(this ClaimsPrincipal user) => user.FindFirstValue(UnitPathClaim);

    /// <summary>True when the user may act on a unit with the given materialised path.</summary>
    public static bool Covers(this ClaimsPrincipal user, string unitPath)
    {
        var own = user.UnitPath();
        if (own is null)
        {
            return false;
        }

        if (user.IsInRole(StaffRoles.SystemAdmin))
        {
            return true;
        }

        return user.FindFirstValue(SubtreeClaim) == "true"
            ? unitPath.StartsWith(own, StringComparison.Ordinal)
            : string.Equals(unitPath, own, StringComparison.Ordinal);
    }
}
