using MotCua.Administration;
using MotCua.Catalog;
using MotCua.Kernel;
using MotCua.Web;
using MotCua.Web.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddKernel()
    .AddMotCuaDatabase(builder.Configuration)
    .AddAdministrationModule<MotCuaDbContext>()
    .AddCatalogModule()
    .AddMotCuaWeb(builder.Configuration);

var app = builder.Build();

await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration, app.Lifetime.ApplicationStopping);

app.UseMotCuaPipeline();
app.MapAdministrationModule();
app.MapCatalogModule();
app.MapMotCuaHost();
StartupBanner.PrintWhenStarted(app);

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
