using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.LockStaff;

public sealed record StaffLockState(Guid Id, string Email, StaffStatus Status);

/// <summary>Locks an account (Identity lockout with no end) or lifts any lock, including one after wrong passwords.</summary>
internal sealed class LockStaffHandler(DbContext db, UserManager<StaffUser> users, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<StaffLockState>> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        if (actor.Principal is { } principal && users.GetUserId(principal) == id.ToString())
        {
            return Error.Conflict("staff.self-lock", "Bạn không thể tự khóa tài khoản của chính mình.");
        }

        return await ChangeAsync(id, "staff.locked", async user =>
        {
            var result = await users.SetLockoutEnabledAsync(user, true);
            if (result.Succeeded)
            {
                result = await users.SetLockoutEndDateAsync(user, StaffAccounts.LockedByAdministrator);
            }

            // A new stamp ends the sessions the account already has.
            return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        }, cancellationToken);
    }

    public Task<Result<StaffLockState>> UnlockAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "staff.unlocked", async user =>
        {
            var result = await users.SetLockoutEndDateAsync(user, null);
            return result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
        }, cancellationToken);

    private async Task<Result<StaffLockState>> ChangeAsync(Guid id, string action, Func<StaffUser, Task<IdentityResult>> change, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return Error.NotFound("staff.not-found", "Không tìm thấy tài khoản cán bộ.");
        }

        var from = StaffAccounts.StatusOf(user.LockoutEnd, clock.UtcNow);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await change(user);
        if (!result.Succeeded)
        {
            return StaffAccounts.ToError(result);
        }

        var to = StaffAccounts.StatusOf(user.LockoutEnd, clock.UtcNow);
        db.Add(AuditEntry.Record(clock.UtcNow, actor.Name, action, nameof(StaffUser), user.Id.ToString(), from.ToString(), to.ToString(), AuditDetails.Of(new { user.Email })));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StaffLockState(user.Id, user.Email!, to);
    }
}

internal static class LockStaffEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/staff/{id:guid}/lock", async (Guid id, LockStaffHandler handler, CancellationToken cancellationToken) =>
                (await handler.LockAsync(id, cancellationToken)).Match(state => TypedResults.Ok(state)))
            .WithName("LockStaff")
            .WithSummary("Khóa tài khoản cán bộ")
            .Produces<StaffLockState>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/staff/{id:guid}/unlock", async (Guid id, LockStaffHandler handler, CancellationToken cancellationToken) =>
                (await handler.UnlockAsync(id, cancellationToken)).Match(state => TypedResults.Ok(state)))
            .WithName("UnlockStaff")
            .WithSummary("Mở khóa tài khoản cán bộ")
            .Produces<StaffLockState>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
