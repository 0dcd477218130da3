using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.DevServices.Identity;

namespace MotCua.DevServices;

/// <summary>
/// One small server on 127.0.0.1 hosting the fakes of the national systems, each under its own path and each speaking
/// the shape of the real protocol (redirects, signed callbacks, tokens, JSON APIs). MotCua reaches them only through
/// the settings in <see cref="Settings"/>, exactly as it reaches the real systems in production.
/// </summary>
public sealed class DevServices : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DevServices(WebApplication app, Uri baseAddress, DevIdentityProvider identity)
    {
        _app = app;
        BaseAddress = baseAddress;
        Identity = identity;
    }

    /// <summary>Root of the server, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The OpenID Connect provider standing in for VNeID (authority at <see cref="BaseAddress"/>).</summary>
    public DevIdentityProvider Identity { get; }

    /// <summary>Starts the server on <paramref name="port"/> (0 picks a free one).</summary>
    public static async Task<DevServices> StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        // Only the fakes' warnings are worth seeing; these rules are more specific than the app's appsettings found beside them.
        builder.Logging.AddFilter("OpenIddict", LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning).AddFilter("MotCua.DevServices", LogLevel.Warning);
        var identity = new DevIdentityProvider();
        // Each fake registers its services here …
        identity.Add(builder.Services);
        var app = builder.Build();
        app.MapGet("/", () => "MotCua development services");
        // … and maps its endpoints here, under its own path.
        await identity.MapAsync(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new DevServices(app, new Uri(address.TrimEnd('/') + "/"), identity);
    }

    /// <summary>The configuration that points MotCua at these fakes (added on top of appsettings by the host and the tests).</summary>
    public IReadOnlyDictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DevServices:BaseAddress"] = BaseAddress.ToString(),
            ["Citizens:Oidc:Authority"] = BaseAddress.ToString(),
            ["Citizens:Oidc:ClientId"] = DevIdentityProvider.ClientId,
            ["Citizens:Oidc:ClientSecret"] = DevIdentityProvider.ClientSecret,
            ["Citizens:Oidc:RequireHttpsMetadata"] = "false",
            ["Citizens:Oidc:ProviderName"] = "VNeID (môi trường phát triển)",
            ["Citizens:Oidc:Claims:Identifier"] = DevIdentityProvider.IdentifierClaim,
        };
        // Each fake adds the keys its adapter reads.
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
