using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace MotCua.Kernel.Auditing;

/// <summary>Who is acting, for the audit trail; "system" outside a request (start-up seeding, jobs).</summary>
public sealed class CurrentActor(IHttpContextAccessor accessor)
{
    public const string System = "system";

    public ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string Name
    {
        get
        {
            var user = Principal;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return System;
            }

            return user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? System;
        }
    }
}
