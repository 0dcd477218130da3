using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Features;

namespace MotCua.Dossiers;

public static class DossiersModule
{
    public static IServiceCollection AddDossiersModule(this IServiceCollection services)
    {
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(DossiersModule).Assembly);
        DossierFeatures.Add(services);
        DeskFeature.Add(services);
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DossiersModule).Assembly);

    public static IEndpointRouteBuilder MapDossiersModule(this IEndpointRouteBuilder app)
    {
        DossierFeatures.Map(app);
        return app;
    }
}
