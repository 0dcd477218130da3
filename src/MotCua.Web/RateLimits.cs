using System.Threading.RateLimiting;

namespace MotCua.Web;

/// <summary>
/// Per-client-address limits on the public surface: anonymous API reads and staff sign-in. Identity's lockout
/// protects each account; this protects the service from one address guessing across many accounts.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddMotCuaRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 20);
        var publicApiPerMinute = configuration.GetValue("RateLimits:PublicApiPerMinute", 600);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(
                    title: "Quá nhiều yêu cầu",
                    detail: "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau một phút.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var path = context.Request.Path;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
                if (path.StartsWithSegments("/api/v1/auth") || (path.StartsWithSegments("/dang-nhap") && HttpMethods.IsPost(context.Request.Method)))
                {
                    return RateLimitPartition.GetFixedWindowLimiter("sign-in:" + client, _ => Window(signInPerMinute));
                }

                if (path.StartsWithSegments("/api") && context.Request.Headers.Authorization.Count == 0)
                {
                    return RateLimitPartition.GetFixedWindowLimiter("api:" + client, _ => Window(publicApiPerMinute));
                }

                return RateLimitPartition.GetNoLimiter(string.Empty);
            });
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
