using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features;

internal sealed class StaffDirectory(DbContext db, BusinessClock clock) : IStaffDirectory
{
    public async Task<IReadOnlyDictionary<string, string>> FullNamesAsync(IEnumerable<string?> emails, CancellationToken cancellationToken)
    {
        var wanted = emails.OfType<string>().Where(e => e.Length > 0).Select(e => e.ToUpperInvariant()).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var found = await db.Set<StaffUser>().AsNoTracking()
            .Where(u => u.NormalizedEmail != null && wanted.Contains(u.NormalizedEmail))
            .Select(u => new { u.Email, u.FullName })
            .ToListAsync(cancellationToken);
        return found.Where(u => u.Email is not null).ToDictionary(u => u.Email!, u => u.FullName, StringComparer.OrdinalIgnoreCase);
    }

    public Task<IReadOnlyList<StaffMember>> ActiveCarryingAsync(string unitPath, CancellationToken cancellationToken) =>
        ActiveAsync(unitPath, roles: null, cancellationToken);

    public Task<IReadOnlyList<StaffMember>> ActiveLeadersAsync(string unitPath, CancellationToken cancellationToken) =>
        ActiveAsync(unitPath, [StaffRoles.AgencyLeader, StaffRoles.DepartmentLeader], cancellationToken);

    private async Task<IReadOnlyList<StaffMember>> ActiveAsync(string unitPath, string[]? roles, CancellationToken cancellationToken)
    {
        var now = new DateTimeOffset(clock.UtcNow, TimeSpan.Zero);
        var unitId = await db.Set<OrganisationUnit>().AsNoTracking()
            .Where(u => u.Path == unitPath).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (unitId is null)
        {
            return [];
        }

        // The unit's own staff and those of its phòng; never the communes below a district.
        var users = db.Set<StaffUser>().AsNoTracking();
        if (roles is not null)
        {
            var roleIds = db.Set<IdentityRole<Guid>>().Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
            users = users.Where(u => db.Set<IdentityUserRole<Guid>>().Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }

        var staff = await (
                from user in users
                join unit in db.Set<OrganisationUnit>().AsNoTracking() on user.UnitId equals unit.Id
                where (unit.Id == unitId || unit.ParentId == unitId && unit.Kind == UnitKind.Department) && user.Email != null
                select new { user.Email, user.FullName, user.Title, user.UnitId, UnitName = unit.Name, user.LockoutEnd })
            .ToListAsync(cancellationToken);
        return staff
            .Where(s => s.LockoutEnd is null || s.LockoutEnd <= now)
            .OrderBy(s => s.FullName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .Select(s => new StaffMember(s.Email!, s.FullName, s.Title, s.UnitId, s.UnitName))
            .ToList();
    }
}
