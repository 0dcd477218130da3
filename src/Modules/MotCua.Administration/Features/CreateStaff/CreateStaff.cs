using System.Net.Mail;
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
using MotCua.Administration.Features.ShowUnitTree;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.CreateStaff;

public sealed record CreateStaffRequest(string? FullName, string? Email, string? UnitCode, string? Role, string? Title, string? Password);

public sealed record StaffCreated(Guid Id, string Email, string UnitCode, string Role);

internal sealed class CreateStaffHandler(
    DbContext db, UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, BusinessClock clock, CurrentActor actor)
{
    public const int EmailMaxLength = 256;

    public async Task<Result<StaffCreated>> HandleAsync(CreateStaffRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        StaffAccounts.CheckFullName(errors, request.FullName);
        var email = request.Email?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            errors.Add("email", "Thư điện tử không được để trống.");
        }
        else if (email.Length > EmailMaxLength || !MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            errors.Add("email", $"Địa chỉ thư điện tử '{email}' không hợp lệ.");
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add("email", $"Địa chỉ thư điện tử {email} đã được dùng cho tài khoản khác.");
        }

        var unit = await StaffAccounts.CheckUnitAsync(db, errors, request.UnitCode, cancellationToken);
        var role = StaffAccounts.CheckRole(errors, request.Role);
        StaffAccounts.CheckTitle(errors, request.Title);
        var user = new StaffUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = request.FullName?.Trim() ?? string.Empty,
            Title = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim(),
            UnitId = unit?.Id ?? Guid.Empty,
        };
        await StaffAccounts.CheckPasswordAsync(users, user, errors, "password", request.Password);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        // UserManager saves after each call; one transaction keeps the account, its role and the audit entry together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await roles.RoleExistsAsync(role!))
        {
            var roleCreated = await roles.CreateAsync(new IdentityRole<Guid>(role!) { Id = Guid.CreateVersion7() });
            if (!roleCreated.Succeeded)
            {
                return StaffAccounts.ToError(roleCreated);
            }
        }

        var created = await users.CreateAsync(user, request.Password!);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, role!);
        }

        if (!created.Succeeded)
        {
            return StaffAccounts.ToError(created);
        }

        db.Add(AuditEntry.Record(
            clock.UtcNow, actor.Name, "staff.created", nameof(StaffUser), user.Id.ToString(),
            fromState: null, toState: role,
            details: AuditDetails.Of(new { user.Email, user.FullName, Unit = unit!.Code, Role = role, user.Title })));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StaffCreated(user.Id, email, unit.Code, role!);
    }
}

internal static class CreateStaffEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/staff", async (CreateStaffRequest request, CreateStaffHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).Match(created =>
                    TypedResults.Created($"/api/v1/staff/{created.Id}", created)))
            .WithName("CreateStaff")
            .WithSummary("Tạo tài khoản cán bộ")
            .Produces<StaffCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}

[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class CreateStaffModel(CreateStaffHandler handler, UnitTreeQuery tree, IStringLocalizer<AdministrationText> text) : FormPage
{
    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public IReadOnlyList<UnitNode> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Units = await tree.LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new CreateStaffRequest(FullName, Email, UnitCode, Role, Title, Password), cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = text["Staff.Created", FullName!.Trim(), result.Value.Email];
            return Redirect("/quan-tri/can-bo?unit=" + Uri.EscapeDataString(result.Value.UnitCode));
        }

        ShowErrors(result.Error);
        Password = null;
        Units = await tree.LoadAsync(cancellationToken);
        return Page();
    }
}
