using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Integration;

public static class IntegrationModule
{
    public static IServiceCollection AddIntegrationModule(this IServiceCollection services)
    {
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(IntegrationModule).Assembly);
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntegrationModule).Assembly);

    public static IEndpointRouteBuilder MapIntegrationModule(this IEndpointRouteBuilder app) => app;
}
