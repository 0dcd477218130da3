using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MotCua.Integration.Domain;
using MotCua.Kernel.Time;

namespace MotCua.Integration.Features.AuthenticateSystemClients;

/// <summary>
/// Other systems (the national portal first) call MotCua with <c>Authorization: Bearer &lt;client-id&gt;.&lt;secret&gt;</c>
/// (ADR 0007). A client is granted scopes; each endpoint asks for one through its policy.
/// </summary>
internal static class SystemClients
{
    public const string Scheme = "MotCua.SystemClient";
    public const string ScopeClaim = "scope";
    public const string SubmitDossiersScope = "dossiers:submit";
    public const string SubmitDossiersPolicy = "system-client:dossiers:submit";

    public static string? ClientId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}

internal sealed class SystemClientAuthenticationOptions : AuthenticationSchemeOptions;

internal sealed class SystemClientAuthenticationHandler(
    IOptionsMonitor<SystemClientAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DbContext db,
    BusinessClock clock) : AuthenticationHandler<SystemClientAuthenticationOptions>(options, logger, encoder)
{
    // One message for every refusal: the caller learns nothing about which part (id, secret, expiry) was wrong.
    private const string Refused = "Thông tin xác thực của hệ thống không hợp lệ, đã hết hạn hoặc đã bị thu hồi.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var credential = header["Bearer ".Length..].Trim();
        var dot = credential.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == credential.Length - 1)
        {
            return AuthenticateResult.Fail(Refused);
        }

        var clientId = credential[..dot];
        var secret = credential[(dot + 1)..];
        if (!SystemClient.IsValidId(clientId))
        {
            return AuthenticateResult.Fail(Refused);
        }

        var client = await db.Set<SystemClient>().AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, Context.RequestAborted);
        if (client is null || !client.Accepts(secret, clock.UtcNow))
        {
            return AuthenticateResult.Fail(Refused);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, client.ClientId),
            new(ClaimTypes.Name, client.ClientId),
        };
        claims.AddRange(client.ScopeList.Select(s => new Claim(SystemClients.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Results.Problem(detail: Refused, statusCode: StatusCodes.Status401Unauthorized, title: "Chưa xác thực",
            extensions: new Dictionary<string, object?> { ["code"] = "unauthenticated" }).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(detail: "Hệ thống gọi đến không được cấp phạm vi quyền cho thao tác này.", statusCode: StatusCodes.Status403Forbidden,
            title: "Không có quyền", extensions: new Dictionary<string, object?> { ["code"] = "forbidden" }).ExecuteAsync(Context);
}
