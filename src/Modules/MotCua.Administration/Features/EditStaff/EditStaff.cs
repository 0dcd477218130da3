using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.LockStaff;
using MotCua.Administration.Features.ResetStaffPassword;
using MotCua.Administration.Features.ShowUnitTree;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.EditStaff;

public sealed record EditStaffRequest(string? FullName, string? UnitCode, string? Role, string? Title);

public sealed record StaffEdited(Guid Id, string Email, string UnitCode, string Role);

internal sealed class EditStaffHandler(DbContext db, UserManager<StaffUser> users, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<StaffEdited>> HandleAsync(Guid id, EditStaffRequest request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return Error.NotFound("staff.not-found", "Không tìm thấy tài khoản cán bộ.");
        }

        var errors = new ValidationErrors();
        StaffAccounts.CheckFullName(errors, request.FullName);
        var unit = await StaffAccounts.CheckUnitAsync(db, errors, request.UnitCode, cancellationToken);
        var role = StaffAccounts.CheckRole(errors, request.Role);
        StaffAccounts.CheckTitle(errors, request.Title);
        var currentRoles = await users.GetRolesAsync(user);
        var isSelf = actor.Principal is { } principal && users.GetUserId(principal) == user.Id.ToString();
        if (isSelf && role is not null && role != StaffRoles.SystemAdmin && currentRoles.Contains(StaffRoles.SystemAdmin))
        {
            errors.Add("role", "Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var fromUnit = await db.Set<OrganisationUnit>().Where(u => u.Id == user.UnitId).Select(u => u.Code).SingleAsync(cancellationToken);
        var before = new { user.FullName, Unit = fromUnit, Role = string.Join(",", currentRoles), user.Title };
        user.FullName = request.FullName!.Trim();
        user.Title = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim();
        user.UnitId = unit!.Id;
        var after = new { user.FullName, Unit = unit.Code, Role = role!, user.Title };
        if (before == after)
        {
            return new StaffEdited(user.Id, user.Email!, unit.Code, role!);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = IdentityResult.Success;
        if (before.Role != role)
        {
            result = await users.RemoveFromRolesAsync(user, currentRoles);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, role!);
            }
        }

        // A new role or unit changes the scope carried in the sign-in; a new stamp makes existing sessions sign in again.
        if (result.Succeeded && (before.Role != role || before.Unit != unit.Code))
        {
            result = await users.UpdateSecurityStampAsync(user);
        }
        else if (result.Succeeded)
        {
            result = await users.UpdateAsync(user);
        }

        if (!result.Succeeded)
        {
            return StaffAccounts.ToError(result);
        }

        db.Add(AuditEntry.Record(
            clock.UtcNow, actor.Name, "staff.edited", nameof(StaffUser), user.Id.ToString(),
            fromState: before.Role, toState: after.Role,
            details: AuditDetails.Of(new { user.Email, From = before, To = after })));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StaffEdited(user.Id, user.Email!, unit.Code, role!);
    }
}

internal static class EditStaffEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/staff/{id:guid}", async (Guid id, EditStaffRequest request, EditStaffHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(id, request, cancellationToken)).Match(edited => TypedResults.Ok(edited)))
            .WithName("EditStaff")
            .WithSummary("Đổi họ tên, đơn vị, vai trò hoặc chức danh của cán bộ")
            .Produces<StaffEdited>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

public sealed record StaffDetails(Guid Id, string FullName, string Email, string? Title, string UnitCode, string UnitName, string? Role, StaffStatus Status, DateTime? LockedUntilUtc);

[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class EditStaffModel(
    EditStaffHandler edit, LockStaffHandler locks, ResetStaffPasswordHandler passwords,
    DbContext db, UnitTreeQuery tree, BusinessClock clock, IStringLocalizer<AdministrationText> text) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? UnitCode { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public StaffDetails? Staff { get; private set; }

    public IReadOnlyList<UnitNode> Units { get; private set; } = [];

    public bool IsSelf => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value == Id.ToString();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        (FullName, UnitCode, Role, Title) = (Staff!.FullName, Staff.UnitCode, Staff.Role, Staff.Title);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        await Outcome(await edit.HandleAsync(Id, new EditStaffRequest(FullName, UnitCode, Role, Title), cancellationToken), "Staff.Saved", cancellationToken, profileForm: true);

    public async Task<IActionResult> OnPostLockAsync(CancellationToken cancellationToken) =>
        await Outcome(await locks.LockAsync(Id, cancellationToken), "Staff.LockedMessage", cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        await Outcome(await locks.UnlockAsync(Id, cancellationToken), "Staff.UnlockedMessage", cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken) =>
        await Outcome(await passwords.HandleAsync(Id, new ResetPasswordRequest(NewPassword), cancellationToken), "Staff.PasswordResetMessage", cancellationToken);

    private async Task<IActionResult> Outcome<T>(Result<T> result, string messageKey, CancellationToken cancellationToken, bool profileForm = false)
    {
        if (result.IsSuccess)
        {
            StatusMessage = text[messageKey];
            return Redirect($"/quan-tri/can-bo/{Id}");
        }

        if (result.Error.Kind == ErrorKind.NotFound || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ShowErrors(result.Error);
        NewPassword = null;
        if (!profileForm)
        {
            (FullName, UnitCode, Role, Title) = (Staff!.FullName, Staff.UnitCode, Staff.Role, Staff.Title);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await (from s in db.Set<StaffUser>()
                           join u in db.Set<OrganisationUnit>() on s.UnitId equals u.Id
                           where s.Id == Id
                           select new { s.Id, s.FullName, s.Email, s.Title, s.LockoutEnd, UnitCode = u.Code, UnitName = u.Name })
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        var roles = await StaffAccounts.RolesOfAsync(db, [found.Id], cancellationToken);
        var status = StaffAccounts.StatusOf(found.LockoutEnd, clock.UtcNow);
        Staff = new StaffDetails(found.Id, found.FullName, found.Email!, found.Title, found.UnitCode, found.UnitName,
            roles.GetValueOrDefault(found.Id), status, status == StaffStatus.TemporarilyLocked ? found.LockoutEnd?.UtcDateTime : null);
        Units = await tree.LoadAsync(cancellationToken);
        return true;
    }
}
