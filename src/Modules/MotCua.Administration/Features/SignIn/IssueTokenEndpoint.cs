using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Domain;

namespace MotCua.Administration.Features.SignIn;

public sealed record TokenRequest(string Email, string Password);

/// <summary>Bearer tokens for API clients acting as a staff member; lockout applies as on the sign-in page.</summary>
internal static class IssueTokenEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/auth/token", Handle)
            .WithName("IssueToken")
            .WithSummary("Cấp mã truy cập cho cán bộ")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<IResult> Handle(TokenRequest request, SignInManager<StaffUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email ?? string.Empty, request.Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.Empty;
        }

        var detail = result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : "Thư điện tử hoặc mật khẩu không đúng.";
        return TypedResults.Problem(title: "Đăng nhập không thành công", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
    }
}
