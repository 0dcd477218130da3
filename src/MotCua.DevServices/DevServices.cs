using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.DevServices.Identity;
using MotCua.DevServices.NationalPortal;
using MotCua.DevServices.PaymentGateway;
using MotCua.DevServices.Sms;
using MotCua.DevServices.Smtp;

namespace MotCua.DevServices;

/// <summary>
/// One small server on 127.0.0.1 hosting the fakes of the national systems, each under its own path and each speaking
/// the shape of the real protocol (redirects, signed callbacks, tokens, JSON APIs), plus an SMTP sink on a port of its
/// own. MotCua reaches them only through the settings in <see cref="Settings"/>, exactly as it reaches the real
/// systems in production.
/// </summary>
public sealed class DevServices : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DevServices(WebApplication app, Uri baseAddress, DevIdentityProvider identity, FakePaymentGateway paymentGateway, FakeSmsProvider sms, SmtpSink smtp)
    {
        _app = app;
        BaseAddress = baseAddress;
        Identity = identity;
        PaymentGateway = paymentGateway;
        NationalPortal = app.Services.GetRequiredService<FakeNationalPortal>();
        Sms = sms;
        Smtp = smtp;
    }

    /// <summary>Root of the server, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The OpenID Connect provider standing in for VNeID (authority at <see cref="BaseAddress"/>).</summary>
    public DevIdentityProvider Identity { get; }

    /// <summary>The payment platform's stand-in and its test controls.</summary>
    public FakePaymentGateway PaymentGateway { get; }

    /// <summary>The national public-service portal (Cổng DVCQG): its sync API, its submissions, its failures on demand.</summary>
    public FakeNationalPortal NationalPortal { get; }

    /// <summary>The SMS provider's HTTP API (under <c>sms/</c>): messages received, failures and stalls to come.</summary>
    public FakeSmsProvider Sms { get; }

    /// <summary>The SMTP relay, on a loopback port of its own: messages received, failures to come.</summary>
    public SmtpSink Smtp { get; }

    /// <summary>Starts the server on <paramref name="port"/> (0 picks a free one).</summary>
    public static async Task<DevServices> StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        // Only the fakes' warnings are worth seeing; these rules are more specific than the app's appsettings found beside them.
        builder.Logging.AddFilter("OpenIddict", LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning).AddFilter("MotCua.DevServices", LogLevel.Warning);
        var identity = new DevIdentityProvider();
        var paymentGateway = new FakePaymentGateway();
        var sms = new FakeSmsProvider();
        identity.Add(builder.Services);
        builder.Services.AddSingleton(new FakeNationalPortal(TimeProvider.System));
        var app = builder.Build();
        app.MapGet("/", () => "MotCua development services");
        await identity.MapAsync(app);
        paymentGateway.Map(app);
        NationalPortalEndpoints.Map(app, app.Services.GetRequiredService<FakeNationalPortal>());
        sms.Map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        // SMTP is not HTTP: the sink listens on a port of its own next to the server (the demo's is the server's port + 1).
        var smtp = SmtpSink.Start(port == 0 ? 0 : port + 1);
        return new DevServices(app, new Uri(address.TrimEnd('/') + "/"), identity, paymentGateway, sms, smtp);
    }

    /// <summary>The configuration that points MotCua at these fakes (added on top of appsettings by the host and the tests).</summary>
    public IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["DevServices:BaseAddress"] = BaseAddress.ToString(),
        ["Citizens:Oidc:Authority"] = BaseAddress.ToString(),
        ["Citizens:Oidc:ClientId"] = DevIdentityProvider.ClientId,
        ["Citizens:Oidc:ClientSecret"] = DevIdentityProvider.ClientSecret,
        ["Citizens:Oidc:RequireHttpsMetadata"] = "false",
        ["Citizens:Oidc:ProviderName"] = "VNeID (môi trường phát triển)",
        ["Citizens:Oidc:Claims:Identifier"] = DevIdentityProvider.IdentifierClaim,
        ["Payments:Gateway:BaseUrl"] = new Uri(BaseAddress, FakePaymentGateway.PathPrefix.TrimStart('/') + "/").ToString(),
        ["Payments:Gateway:MerchantCode"] = FakePaymentGateway.MerchantCode,
        ["Payments:Gateway:Secret"] = FakePaymentGateway.Secret,
        ["Payments:Gateway:TimeoutSeconds"] = "2",
        ["NationalPortal:BaseUrl"] = new Uri(BaseAddress, "national-portal/").ToString(),
        ["NationalPortal:ClientId"] = NationalPortal.MotCuaClientId,
        ["NationalPortal:ClientSecret"] = NationalPortal.MotCuaClientSecret,
        ["NationalPortal:TimeoutSeconds"] = "5",
        ["NationalPortal:Inbound:ClientId"] = NationalPortal.PortalClientId,
        ["NationalPortal:Inbound:ClientSecret"] = NationalPortal.PortalClientSecret,
        ["Notifications:Sms:BaseUrl"] = new Uri(BaseAddress, "sms/v1/").ToString(),
        ["Notifications:Sms:ApiKey"] = FakeSmsProvider.ApiKey,
        ["Notifications:Sms:Sender"] = FakeSmsProvider.Sender,
        // The fake answers at once unless told to stall: a short timeout keeps stalled sends quick to fail.
        ["Notifications:Sms:Timeout"] = "00:00:03",
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:From"] = "MotCua <khongtraloi@motcua.demo>",
        ["Notifications:Smtp:UseTls"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Identity.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
