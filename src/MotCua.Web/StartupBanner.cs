using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using MotCua.Administration.Features.DemoData;

namespace MotCua.Web;

/// <summary>Tells whoever ran <c>dotnet run</c> where the app is and how to sign in to the demo.</summary>
internal static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string> { string.Empty, "MotCua is running:" };
            lines.AddRange(addresses.Select(a => $"  {a}"));
            if (app.Configuration.GetValue("Demo:Enabled", true))
            {
                lines.Add($"Demo staff logins (password for all: {AdministrationDemoData.DemoPassword}):");
                lines.AddRange(AdministrationDemoData.Accounts.Select(a => $"  {a.Email,-32} {a.Role,-18} {a.UnitCode}"));
            }

            if (app.Services.GetService<DevServices.DevServices>() is { } fakes)
            {
                lines.Add($"Development stand-ins of the national systems (VNeID, payment platform, national portal, SMS, e-mail): {fakes.BaseAddress}");
                lines.Add($"Demo citizens, sign in at /cong-dan/dang-nhap (password for all: {DevServices.Identity.DemoCitizens.Password}):");
                lines.AddRange(DevServices.Identity.DemoCitizens.All.Select(c => $"  {c.Identifier}  {c.FullName}"));
            }

            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
}
