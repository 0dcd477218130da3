using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Http;
using MotCua.Kernel.Identification;
using MotCua.Kernel.Time;

namespace MotCua.Web;

/// <summary>The signed-in citizen as the provider described them.</summary>
public sealed record CitizenProfile(string Identifier, string FullName, DateOnly? BirthDate, string? Phone, string? Email, bool VerifiedWithVneid);

/// <summary>Configuration section "Citizens:Oidc": the citizens' identity provider (VNeID in production).</summary>
public sealed class CitizenOidcSettings
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Space-separated scopes requested from the provider.</summary>
    public string Scopes { get; set; } = "openid profile phone email";

    /// <summary>False only for a development provider on plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Shown on the sign-in button.</summary>
    public string ProviderName { get; set; } = "VNeID";

    /// <summary>
    /// True when the provider verifies identity at the national e-ID level (VNeID): the dossiers of such citizens count
    /// for 766 indicator 4.5 (TaiKhoanDuocXacThucVoiVNeID).
    /// </summary>
    public bool VerifiesIdentity { get; set; } = true;

    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public CitizenClaimNames Claims { get; set; } = new();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>Which of the provider's claims carries each fact MotCua needs.</summary>
public sealed class CitizenClaimNames
{
    public string Identifier { get; set; } = "sub";

    public string Name { get; set; } = "name";

    public string BirthDate { get; set; } = "birthdate";

    public string Phone { get; set; } = "phone_number";

    public string Email { get; set; } = "email";
}

/// <summary>
/// Citizens sign in through OpenID Connect into a cookie of their own (<see cref="CitizenIdentity.Scheme"/>); staff keep
/// theirs. The provider's claims are mapped once, here, onto MotCua's, and a sign-in without a valid 12-digit personal
/// identification number is refused.
/// </summary>
internal static class CitizenAuthentication
{
    public const string SignInPath = "/cong-dan/dang-nhap";

    public static IServiceCollection AddCitizenAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Citizens:Oidc").Get<CitizenOidcSettings>() ?? new CitizenOidcSettings();
        services.AddSingleton(settings);
        var authentication = services.AddAuthentication().AddCookie(CitizenIdentity.Scheme, o =>
        {
            // Session and protocol lifetimes are machine time, as on the provider's side, never the legal clock.
            o.TimeProvider = TimeProvider.System;
            o.Cookie.Name = "MotCua.CongDan";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = settings.SessionLifetime;
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.AccessDeniedPath = SignInPath;
            o.Events.OnRedirectToLogin = context => ApiAwareRedirects.Respond(context, StatusCodes.Status401Unauthorized, "Chưa đăng nhập", "Vui lòng đăng nhập bằng tài khoản định danh điện tử.");
            o.Events.OnRedirectToAccessDenied = ApiAwareRedirects.ToAccessDenied;
        });
        if (settings.IsConfigured)
        {
            authentication.AddOpenIdConnect(CitizenIdentity.ChallengeScheme, settings.ProviderName, o =>
            {
                o.TimeProvider = TimeProvider.System;
                o.Authority = settings.Authority;
                o.ClientId = settings.ClientId;
                o.ClientSecret = settings.ClientSecret;
                o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                o.ResponseType = "code";
                // The code comes back in the query string: no auto-posting page, so it also works without JavaScript.
                o.ResponseMode = "query";
                // A top-level GET redirect carries Lax cookies; Secure follows the request, so plain-HTTP development works too.
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.UsePkce = true;
                o.SignInScheme = CitizenIdentity.Scheme;
                o.CallbackPath = "/cong-dan/signin-oidc";
                o.SignedOutCallbackPath = "/cong-dan/signout-callback-oidc";
                o.SignedOutRedirectUri = "/";
                o.SaveTokens = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.Scope.Clear();
                foreach (var scope in settings.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    o.Scope.Add(scope);
                }

                o.Events.OnTokenValidated = context => MapClaims(context, settings);
                o.Events.OnRemoteFailure = context =>
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CitizenAuthentication))
                        .LogWarning(context.Failure, "Citizen sign-in refused");
                    // A refused, forged or expired answer from the provider: back to the sign-in page with a reason, never a 500.
                    context.Response.Redirect(SignInPath + "?loi=xac-thuc");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        services.AddAuthorizationBuilder().AddPolicy(CitizenIdentity.Policy, p => p
            .AddAuthenticationSchemes(CitizenIdentity.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(CitizenIdentity.IdentifierClaim));
        return services;
    }

    public static IEndpointRouteBuilder MapCitizenSignIn(this IEndpointRouteBuilder app)
    {
        // Starting a sign-in changes nothing here: a plain link can do it.
        app.MapGet(SignInPath + "/vneid", (string? returnUrl, HttpContext http, CitizenOidcSettings settings) =>
        {
            if (!settings.IsConfigured)
            {
                return Results.Redirect(SignInPath + "?loi=chua-cau-hinh");
            }

            var target = IsLocal(returnUrl) ? returnUrl! : "/cong-dan";
            return Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [CitizenIdentity.ChallengeScheme]);
        }).ExcludeFromDescription();

        app.MapGet("/api/v1/citizens/me", (ClaimsPrincipal user) => new CitizenProfile(
                user.CitizenId()!,
                user.CitizenName() ?? user.CitizenId()!,
                DateOnly.TryParse(user.FindFirst(CitizenIdentity.BirthDateClaim)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var born) ? born : null,
                user.FindFirst(CitizenIdentity.PhoneClaim)?.Value,
                user.FindFirst(CitizenIdentity.EmailClaim)?.Value,
                user.FindFirst(CitizenIdentity.VerifiedClaim)?.Value == "true"))
            .RequireAuthorization(CitizenIdentity.Policy)
            .WithTags("Citizens")
            .WithSummary("Công dân đang đăng nhập: số định danh, họ tên, ngày sinh, liên hệ, đã xác thực VNeID hay chưa.");

        app.MapPost("/cong-dan/dang-xuat", async (HttpContext http, CitizenOidcSettings settings, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            var session = await http.AuthenticateAsync(CitizenIdentity.Scheme);
            await http.SignOutAsync(CitizenIdentity.Scheme);
            if (settings.IsConfigured && session.Succeeded)
            {
                // Also end the provider's session, so that the next citizen at a shared kiosk is not signed in as this one.
                await http.SignOutAsync(CitizenIdentity.ChallengeScheme, new AuthenticationProperties { RedirectUri = "/" });
                return Results.Empty;
            }

            return Results.Redirect("/");
        }).ExcludeFromDescription();
        return app;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static Task MapClaims(TokenValidatedContext context, CitizenOidcSettings settings)
    {
        var source = context.Principal!;
        string? Read(string name) => source.FindFirst(name)?.Value?.Trim();
        var names = settings.Claims;
        var today = context.HttpContext.RequestServices.GetRequiredService<BusinessClock>().Today;
        var birthDate = DateOnly.TryParse(Read(names.BirthDate), System.Globalization.CultureInfo.InvariantCulture, out var born) ? born : (DateOnly?)null;
        if (!PersonalIdentifier.TryParseCitizenId(Read(names.Identifier), today, birthDate, out var citizenId, out _))
        {
            context.Fail("The identity provider did not give a valid personal identification number.");
            return Task.CompletedTask;
        }

        var identity = new ClaimsIdentity(CitizenIdentity.Scheme, CitizenIdentity.NameClaim, ClaimTypes.Role);
        identity.AddClaim(new Claim(CitizenIdentity.IdentifierClaim, citizenId!.Value));
        Add(identity, CitizenIdentity.NameClaim, Read(names.Name) ?? citizenId.Value);
        Add(identity, CitizenIdentity.BirthDateClaim, birthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(identity, CitizenIdentity.PhoneClaim, Read(names.Phone));
        Add(identity, CitizenIdentity.EmailClaim, Read(names.Email));
        Add(identity, CitizenIdentity.VerifiedClaim, settings.VerifiesIdentity ? "true" : "false");
        context.Principal = new ClaimsPrincipal(identity);
        return Task.CompletedTask;
    }

    private static void Add(ClaimsIdentity identity, string type, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            identity.AddClaim(new Claim(type, value));
        }
    }
}
