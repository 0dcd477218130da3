using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Payments;

public static class PaymentsModule
{
    public static IServiceCollection AddPaymentsModule(this IServiceCollection services)
    {
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(PaymentsModule).Assembly);
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PaymentsModule).Assembly);

    public static IEndpointRouteBuilder MapPaymentsModule(this IEndpointRouteBuilder app) => app;
}
