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

    private static Task Respond(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        // The body is left to the status-code-pages problem writer: the bearer scheme challenges after this one and
        // must still be able to set its headers, which it cannot once a body has been written.
        context.Response.StatusCode = status;
        context.HttpContext.Items[ProblemTitleKey] = title;
        context.HttpContext.Items[ProblemDetailKey] = detail;
        return Task.CompletedTask;
    }

    public const string ProblemTitleKey = "motcua:problem-title";
    public const string ProblemDetailKey = "motcua:problem-detail";

    /// <summary>Gives the problem written for a refused API call the Vietnamese title and detail chosen above.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.HttpContext.Items.TryGetValue(ProblemTitleKey, out var title) && context.ProblemDetails.Detail is null)
        {
            context.ProblemDetails.Title = title as string;
            context.ProblemDetails.Detail = context.HttpContext.Items[ProblemDetailKey] as string;
        }
    }
}
