using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Administration.Features;

public enum StaffStatus
{
    Active,

    /// <summary>Locked by an administrator until unlocked.</summary>
    Locked,

    /// <summary>Locked for a while after too many wrong passwords.</summary>
    TemporarilyLocked,
}

/// <summary>What the staff use cases share: role lookups, lock state and the checks on an account's fields.</summary>
internal static class StaffAccounts
{
    /// <summary>An administrator's lock has no end; Identity's own lockout after wrong passwords does.</summary>
    public static readonly DateTimeOffset LockedByAdministrator = DateTimeOffset.MaxValue;

    public static StaffStatus StatusOf(DateTimeOffset? lockoutEnd, DateTime utcNow) => lockoutEnd switch
    {
        null => StaffStatus.Active,
        { } end when end == LockedByAdministrator => StaffStatus.Locked,
        { } end when end.UtcDateTime > utcNow => StaffStatus.TemporarilyLocked,
        _ => StaffStatus.Active,
    };

    public static async Task<Dictionary<Guid, string>> RolesOfAsync(DbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var rows = await (from ur in db.Set<IdentityUserRole<Guid>>()
                          join r in db.Set<IdentityRole<Guid>>() on ur.RoleId equals r.Id
                          where userIds.Contains(ur.UserId)
                          select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        // One role per account; should several exist, the widest (first in StaffRoles.All) is shown.
        return rows.GroupBy(r => r.UserId).ToDictionary(
            g => g.Key,
            g => g.Select(r => r.Name!).OrderBy(name => IndexOf(name)).First());
    }

    public static void CheckFullName(ValidationErrors errors, string? fullName) =>
        errors.Required("fullName", fullName, "Họ và tên", StaffUser.FullNameMaxLength);

    public static void CheckTitle(ValidationErrors errors, string? title) =>
        errors.Optional("title", title, "Chức danh", 128);

    public static string? CheckRole(ValidationErrors errors, string? role)
    {
        var trimmed = role?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add("role", "Vui lòng chọn vai trò.");
            return null;
        }

        if (!StaffRoles.IsKnown(trimmed))
        {
            errors.Add("role", $"Vai trò '{trimmed}' không tồn tại.");
            return null;
        }

        return trimmed;
    }

    public static async Task<OrganisationUnit?> CheckUnitAsync(DbContext db, ValidationErrors errors, string? unitCode, CancellationToken cancellationToken)
    {
        var code = unitCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            errors.Add("unitCode", "Vui lòng chọn đơn vị công tác.");
            return null;
        }

        var unit = await db.Set<OrganisationUnit>().AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (unit is null)
        {
            errors.Add("unitCode", $"Không tìm thấy đơn vị có mã {code}.");
        }

        return unit;
    }

    public static async Task CheckPasswordAsync(UserManager<StaffUser> users, StaffUser user, ValidationErrors errors, string field, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(field, "Mật khẩu không được để trống.");
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var error in result.Errors)
            {
                errors.Add(field, error.Description);
            }
        }
    }

    /// <summary>Identity's own refusals (already Vietnamese), placed on the field they are about.</summary>
    public static Error ToError(IdentityResult result, string passwordField = "password")
    {
        var errors = new ValidationErrors();
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                _ when error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) => "email",
                _ => "form",
            };
            errors.Add(field, error.Description);
        }

        return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
            ? Error.Conflict("staff.concurrency", "Tài khoản vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.")
            : errors.ToError();
    }

    private static int IndexOf(string role)
    {
        var index = StaffRoles.All.ToList().IndexOf(role);
        return index < 0 ? int.MaxValue : index;
    }
}
