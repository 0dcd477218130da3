using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;

namespace MotCua.Administration.Features;

/// <summary>Puts the unit scope into the sign-in so that every request can check it without a query.</summary>
internal sealed class StaffClaimsFactory(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    DbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var unit = await db.Set<OrganisationUnit>().AsNoTracking().SingleAsync(u => u.Id == user.UnitId);
        var userRoles = await UserManager.GetRolesAsync(user);
        identity.AddClaim(new Claim(StaffScope.UnitIdClaim, unit.Id.ToString()));
        identity.AddClaim(new Claim(StaffScope.UnitPathClaim, unit.Path));
        identity.AddClaim(new Claim(StaffScope.FullNameClaim, user.FullName));
        identity.AddClaim(new Claim(StaffScope.SubtreeClaim, userRoles.Any(StaffRoles.CoversSubtree) ? "true" : "false"));
        if (unit.Kind == UnitKind.Department && OrganisationUnit.ParentPathOf(unit.Path) is { } agency)
        {
            identity.AddClaim(new Claim(StaffScope.DepartmentOfClaim, agency));
        }
        return identity;
    }
}
