using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Domain;
using MotCua.Kernel;
using MotCua.Reporting;

namespace MotCua.Web.Persistence;

/// <summary>Applies migrations at start and, in demo mode, loads demo data into an empty database.</summary>
internal static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await ReportingModule.InitializeAsync(scope.ServiceProvider, cancellationToken);

        var demoMode = configuration.GetValue("Demo:Enabled", true);
        if (!demoMode || await db.Set<OrganisationUnit>().AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
