using MotCua.Administration;
using MotCua.Catalog;
using MotCua.Dossiers;
using MotCua.Engagement;
using MotCua.Integration;
using MotCua.Kernel;
using MotCua.Payments;
using MotCua.Reporting;
using MotCua.Reporting.Features.Projection;
using MotCua.Web;
using MotCua.Web.Persistence;

var builder = WebApplication.CreateBuilder(args);

// Module assets (/_content/MotCua.<Module>/…) are served from the build in every environment, not only in
// Development; once published they sit in wwwroot and this does nothing.
builder.WebHost.UseStaticWebAssets();
var command = ReportingCommands.Recognises(args);
if (!command)
{
    await DevServicesSetup.StartIfEnabledAsync(builder);
}

builder.Services
    .AddKernel()
    .AddMotCuaDatabase(builder.Configuration)
    .AddAdministrationModule<MotCuaDbContext>()
    .AddCatalogModule()
    .AddDossiersModule()
    .AddPaymentsModule()
    .AddEngagementModule()
    .AddIntegrationModule()
    .AddReportingModule(builder.Configuration)
    .AddMotCuaWeb(builder.Configuration);

var app = builder.Build();
DevServicesSetup.AllowAppWhenStarted(app);

await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration, app.Lifetime.ApplicationStopping);
if (command)
{
    Environment.ExitCode = await ReportingCommands.RunAsync(app.Services, args, Console.Out, app.Lifetime.ApplicationStopping);
    return;
}

app.UseMotCuaPipeline();
app.MapAdministrationModule();
app.MapCatalogModule();
app.MapDossiersModule();
app.MapPaymentsModule();
app.MapEngagementModule();
app.MapIntegrationModule();
app.MapReportingModule();
app.MapMotCuaHost();
StartupBanner.PrintWhenStarted(app);

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
