namespace MotCua.Web;

/// <summary>
/// Demo mode runs against the development stand-ins of the national systems. They are a development tool: the app
/// refuses to start them in Production, where VNeID, the payment platform and the national portal are configured instead.
/// </summary>
internal static class DevServicesSetup
{
    public const string EnabledKey = "DevServices:Enabled";

    public static async Task StartIfEnabledAsync(WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>(EnabledKey))
        {
            return;
        }

        if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                $"{EnabledKey} is true in Production: the development identity provider and fake national systems must never be reachable there. Remove the setting and configure the real systems.");
        }

        var services = await DevServices.DevServices.StartAsync(builder.Configuration.GetValue("DevServices:Port", 0));
        builder.Configuration.AddInMemoryCollection(services.Settings());
        builder.Services.AddSingleton(services);
    }

    /// <summary>Once the app listens, lets the development identity provider redirect citizens back to it.</summary>
    public static void AllowAppWhenStarted(WebApplication app)
    {
        if (app.Services.GetService<DevServices.DevServices>() is not { } services)
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                var uri = new Uri(address.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal).Replace("*", "localhost", StringComparison.Ordinal));
                services.Identity.AllowAppAsync(uri).GetAwaiter().GetResult();
                var loopback = new UriBuilder(uri) { Host = uri.Host == "localhost" ? "127.0.0.1" : "localhost" }.Uri;
                services.Identity.AllowAppAsync(loopback).GetAwaiter().GetResult();
            }
        });
    }
}
