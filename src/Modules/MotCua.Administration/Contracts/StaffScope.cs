using System.Security.Claims;

namespace MotCua.Administration.Contracts;

/// <summary>The organisational scope carried in a staff member's claims, checked on every staff action.</summary>
public static class StaffScope
{
    public const string UnitIdClaim = "motcua:unit_id";
    public const string UnitPathClaim = "motcua:unit_path";
    public const string SubtreeClaim = "motcua:subtree";
    public const string FullNameClaim = "motcua:full_name";
    public const string DepartmentOfClaim = "motcua:department_of";

    public static Guid? UnitId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(UnitIdClaim), out var id) ? id : null;

    public static string? UnitPath(this ClaimsPrincipal user) => user.FindFirstValue(UnitPathClaim);

    /// <summary>
    /// For staff of a phòng (department): the path of the sở or district committee it belongs to, whose work its
    /// officers carry; null for everyone else (a commune is a government of its own, not a department of its district).
    /// </summary>
    public static string? DepartmentOf(this ClaimsPrincipal user) => user.FindFirstValue(DepartmentOfClaim);

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
