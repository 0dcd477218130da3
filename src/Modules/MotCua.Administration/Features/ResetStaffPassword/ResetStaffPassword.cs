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

namespace MotCua.Administration.Features.ResetStaffPassword;

public sealed record ResetPasswordRequest(string? NewPassword);

public sealed record PasswordReset(Guid Id, string Email);

internal sealed class ResetStaffPasswordHandler(DbContext db, UserManager<StaffUser> users, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<PasswordReset>> HandleAsync(Guid id, ResetPasswordRequest request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return Error.NotFound("staff.not-found", "Không tìm thấy tài khoản cán bộ.");
        }

        var errors = new ValidationErrors();
        await StaffAccounts.CheckPasswordAsync(users, user, errors, "newPassword", request.NewPassword);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.RemovePasswordAsync(user);
        if (result.Succeeded)
        {
            // AddPasswordAsync also renews the security stamp, ending the sessions signed in with the old password.
            result = await users.AddPasswordAsync(user, request.NewPassword!);
        }

        if (!result.Succeeded)
        {
            return StaffAccounts.ToError(result, passwordField: "newPassword");
        }

        db.Add(AuditEntry.Record(clock.UtcNow, actor.Name, "staff.password-reset", nameof(StaffUser), user.Id.ToString(), details: AuditDetails.Of(new { user.Email })));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PasswordReset(user.Id, user.Email!);
    }
}

internal static class ResetStaffPasswordEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/staff/{id:guid}/password", async (Guid id, ResetPasswordRequest request, ResetStaffPasswordHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(id, request, cancellationToken)).Match(reset => TypedResults.Ok(reset)))
            .WithName("ResetStaffPassword")
            .WithSummary("Đặt lại mật khẩu cho cán bộ")
            .Produces<PasswordReset>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
