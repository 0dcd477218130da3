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
}
