using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace MotCua.DevServices.Identity;

/// <summary>
/// A real OpenID Connect provider (OpenIddict: authorization code flow with PKCE, signed ID tokens, discovery, JWKS,
/// end session) standing in for VNeID. It knows the <see cref="DemoCitizens"/> and one client, the MotCua portal.
/// Its claim names are VNeID-like and deliberately not MotCua's: the app maps them through configuration, as it must
/// for the real provider.
/// </summary>
public sealed class DevIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "motcua-cong-dan";

    /// <summary>Development secret; production uses the secret VNeID issues, from configuration.</summary>
    public const string ClientSecret = "motcua-dev-oidc-secret";

    /// <summary>The claim carrying the 12-digit personal identification number.</summary>
    public const string IdentifierClaim = "citizen_pid";

    internal const string SessionScheme = "MotCua.DevIdp";
    internal const string CallbackPath = "cong-dan/signin-oidc";
    internal const string SignedOutPath = "cong-dan/signout-callback-oidc";

    // A named in-memory database: each request opens its own connection (a SqliteConnection is not thread-safe); this
    // one stays open so that the database lives as long as the provider.
    private readonly string _database = $"Data Source=motcua-dev-idp-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private readonly SqliteConnection _connection;

    public DevIdentityProvider() => _connection = new SqliteConnection(_database);
    private IServiceProvider? _services;

    /// <summary>
    /// When set to a citizen's identifier, the next ID token issued for that citizen has its signature altered (a forged
    /// token). Keyed by citizen so that other sign-ins running at the same time are untouched.
    /// </summary>
    public string? TamperNextIdTokenOf { get; set; }

    internal void Add(IServiceCollection services)
    {
        _connection.Open();
        services.AddDbContext<IdentityStore>(o => o.UseSqlite(_database).UseOpenIddict());
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityStore>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("oidc/authorize")
                    .SetTokenEndpointUris("oidc/token")
                    .SetEndSessionEndpointUris("oidc/logout")
                    .SetUserInfoEndpointUris("oidc/userinfo");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Phone, Scopes.Email);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
        services.AddAuthentication(SessionScheme).AddCookie(SessionScheme, o =>
        {
            o.Cookie.Name = "MotCua.DevIdp";
            o.LoginPath = "/oidc/login";
        });
    }

    internal async Task MapAsync(WebApplication app)
    {
        _services = app.Services;
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentityStore>().Database.EnsureCreatedAsync();
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                ClientType = ClientTypes.Confidential,
                DisplayName = "MotCua – Cổng dịch vụ công",
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.Endpoints.EndSession,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Profile,
                    Permissions.Scopes.Phone,
                    Permissions.Scopes.Email,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            });
        }

        // Before authentication: OpenIddict answers the token endpoint from within the authentication middleware.
        app.Use(TamperAsync);
        app.UseAuthentication();
        app.MapGet("/oidc/login", (string? returnUrl) => LoginPage(returnUrl, null, null));
        app.MapPost("/oidc/login", (Delegate)LoginAsync);
        app.MapGet("/oidc/authorize", (Delegate)AuthorizeAsync);
        app.MapGet("/oidc/logout", (Delegate)EndSessionAsync);
        app.MapGet("/oidc/userinfo", (Delegate)UserInfoAsync);
    }

    /// <summary>Lets the MotCua app at <paramref name="appBaseAddress"/> sign citizens in here (its callback and sign-out URIs).</summary>
    public async Task AllowAppAsync(Uri appBaseAddress)
    {
        ArgumentNullException.ThrowIfNull(appBaseAddress);
        var services = _services ?? throw new InvalidOperationException("The identity provider is not started.");
        using var scope = services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await manager.FindByClientIdAsync(ClientId) ?? throw new InvalidOperationException("The portal client is missing.");
        var descriptor = new OpenIddictApplicationDescriptor();
        await manager.PopulateAsync(descriptor, application);
        var root = appBaseAddress.ToString().TrimEnd('/') + "/";
        descriptor.RedirectUris.Add(new Uri(root + CallbackPath));
        descriptor.PostLogoutRedirectUris.Add(new Uri(root + SignedOutPath));
        await manager.UpdateAsync(application, descriptor);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private static IResult LoginPage(string? returnUrl, string? identifier, string? error)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>Đăng nhập VNeID (môi trường phát triển)</title></head><body><main>");
        html.Append("<h1>Đăng nhập bằng tài khoản định danh điện tử</h1>");
        html.Append("<p>Nhà cung cấp định danh dùng cho phát triển và kiểm thử, thay cho VNeID. Không dùng trong môi trường thật.</p>");
        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\" id=\"login-error\">{WebUtility.HtmlEncode(error)}</p>");
        }

        html.Append("<form method=\"post\" action=\"/oidc/login\">");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"returnUrl\" value=\"{WebUtility.HtmlEncode(returnUrl)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"identifier\">Số định danh cá nhân</label><br><input id=\"identifier\" name=\"identifier\" inputmode=\"numeric\" autocomplete=\"username\" value=\"{WebUtility.HtmlEncode(identifier)}\"{(error is null ? string.Empty : " aria-describedby=\"login-error\"")}></p>");
        html.Append("<p><label for=\"password\">Mật khẩu</label><br><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"></p>");
        html.Append("<p><button type=\"submit\">Đăng nhập</button></p></form>");
        html.Append("<h2>Công dân mẫu</h2><ul>");
        foreach (var citizen in DemoCitizens.All)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{WebUtility.HtmlEncode(citizen.FullName)}: {citizen.Identifier}</li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><p>Mật khẩu: {DemoCitizens.Password}</p></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, error is null ? 200 : 400);
    }

    private static async Task<IResult> LoginAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        var identifier = form["identifier"].ToString().Trim();
        var citizen = DemoCitizens.Find(identifier);
        if (citizen is null || form["password"] != DemoCitizens.Password)
        {
            return LoginPage(returnUrl, identifier, "Số định danh hoặc mật khẩu không đúng.");
        }

        var session = new ClaimsIdentity([new Claim(Claims.Subject, citizen.Identifier)], SessionScheme);
        await http.SignInAsync(SessionScheme, new ClaimsPrincipal(session));
        return Results.Redirect(returnUrl.StartsWith("/oidc/", StringComparison.Ordinal) ? returnUrl : "/");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(SessionScheme);
        var citizen = session.Succeeded ? DemoCitizens.Find(session.Principal?.FindFirst(Claims.Subject)?.Value) : null;
        if (citizen is null || request.HasPromptValue(PromptValues.Login))
        {
            var returnUrl = http.Request.Path + QueryString.Create(http.Request.Query.Where(q => q.Key != Parameters.Prompt)
                .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())));
            return Results.Redirect("/oidc/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, citizen.Identifier)
            .SetClaim(IdentifierClaim, citizen.Identifier)
            .SetClaim(Claims.Name, citizen.FullName)
            .SetClaim(Claims.Birthdate, citizen.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .SetClaim(Claims.PhoneNumber, citizen.Phone)
            .SetClaim(Claims.Email, citizen.Email);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext http)
    {
        await http.SignOutAsync(SessionScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var citizen = DemoCitizens.Find(result.Principal?.GetClaim(Claims.Subject));
        return citizen is null
            ? Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme])
            : Results.Json(new Dictionary<string, string?>
            {
                [Claims.Subject] = citizen.Identifier,
                [IdentifierClaim] = citizen.Identifier,
                [Claims.Name] = citizen.FullName,
                [Claims.PhoneNumber] = citizen.Phone,
                [Claims.Email] = citizen.Email,
            });
    }

    /// <summary>Forges the next ID token of <see cref="TamperNextIdTokenOf"/>: one character of its signature changes.</summary>
    private async Task TamperAsync(HttpContext http, RequestDelegate next)
    {
        if (TamperNextIdTokenOf is null || http.Request.Path != "/oidc/token")
        {
            await next(http);
            return;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        await next(http);
        http.Response.Body = original;
        var json = Encoding.UTF8.GetString(buffer.ToArray());
        if (IdTokenIn(json) is { } token && SubjectOf(token) == TamperNextIdTokenOf)
        {
            TamperNextIdTokenOf = null;
            var flip = token.Length - 5;
            var forged = string.Concat(token.AsSpan(0, flip), token[flip] == 'A' ? "B" : "A", token.AsSpan(flip + 1));
            json = json.Replace(token, forged, StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        http.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes);
    }

    private static string? IdTokenIn(string json) =>
        JsonDocument.Parse(json).RootElement.TryGetProperty(Parameters.IdToken, out var token) ? token.GetString() : null;

    private static string? SubjectOf(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var claims = JsonDocument.Parse(Convert.FromBase64String(payload));
        return claims.RootElement.TryGetProperty(Claims.Subject, out var subject) ? subject.GetString() : null;
    }
}
