using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace MotCua.Administration.Features;

/// <summary>API callers get 401/403 problem details instead of a redirect to the sign-in page.</summary>
internal static class ApiAwareRedirects
{
    public static Task ToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        Respond(context, StatusCodes.Status401Unauthorized, "Chưa đăng nhập", "Vui lòng đăng nhập để thực hiện thao tác này.");

    public static Task ToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Respond(context, StatusCodes.Status403Forbidden, "Không có quyền", "Tài khoản của bạn không có quyền thực hiện thao tác này.");

    private static async Task Respond(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
            return;
        }

        // Only one scheme answers a refusal (Policies.StaffScheme forwards to this one or to the bearer scheme),
        // so the body can be written here.
        context.Response.StatusCode = status;
        await Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context.HttpContext);
    }
}
