using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.DevServices.NationalPortal;

namespace MotCua.DevServices;

/// <summary>
/// One small server on 127.0.0.1 hosting the fakes of the national systems, each under its own path and each speaking
/// the shape of the real protocol (redirects, signed callbacks, tokens, JSON APIs). MotCua reaches them only through
/// the settings in <see cref="Settings"/>, exactly as it reaches the real systems in production.
/// </summary>
public sealed class DevServices : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DevServices(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        NationalPortal = app.Services.GetRequiredService<FakeNationalPortal>();
    }

    /// <summary>Root of the server, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The national public-service portal (Cổng DVCQG): its sync API, its submissions, its failures on demand.</summary>
    public FakeNationalPortal NationalPortal { get; }

    /// <summary>Starts the server on <paramref name="port"/> (0 picks a free one).</summary>
    public static async Task<DevServices> StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Each fake registers its services here …
        builder.Services.AddSingleton(new FakeNationalPortal(TimeProvider.System));
        var app = builder.Build();
        app.MapGet("/", () => "MotCua development services");
        // … and maps its endpoints here, under its own path.
        NationalPortalEndpoints.Map(app, app.Services.GetRequiredService<FakeNationalPortal>());
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new DevServices(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The configuration that points MotCua at these fakes (added on top of appsettings by the host and the tests).</summary>
    public IReadOnlyDictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DevServices:BaseAddress"] = BaseAddress.ToString(),
        };
        // Each fake adds the keys its adapter reads.
        settings["NationalPortal:BaseUrl"] = new Uri(BaseAddress, "national-portal/").ToString();
        settings["NationalPortal:ClientId"] = NationalPortal.MotCuaClientId;
        settings["NationalPortal:ClientSecret"] = NationalPortal.MotCuaClientSecret;
        settings["NationalPortal:TimeoutSeconds"] = "5";
        settings["NationalPortal:Inbound:ClientId"] = NationalPortal.PortalClientId;
        settings["NationalPortal:Inbound:ClientSecret"] = NationalPortal.PortalClientSecret;
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
