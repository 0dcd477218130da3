using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace MotCua.Kernel.Http;

/// <summary>
/// Cookie schemes (staff and citizens) redirect people to their sign-in page, but API callers get 401/403 problem
/// details instead of a redirect.
/// </summary>
public static class ApiAwareRedirects
{
    public static Task ToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        Respond(context, StatusCodes.Status401Unauthorized, "Chưa đăng nhập", "Vui lòng đăng nhập để thực hiện thao tác này.");

    public static Task ToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Respond(context, StatusCodes.Status403Forbidden, "Không có quyền", "Tài khoản của bạn không có quyền thực hiện thao tác này.");

    public static async Task Respond(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
            return;
        }

        // Only one scheme answers a refusal, so the body can be written here.
        context.Response.StatusCode = status;
        await Microsoft.AspNetCore.Http.Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context.HttpContext);
    }
}
