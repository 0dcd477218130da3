using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Time;

namespace MotCua.Kernel;

public static class KernelModule
{
    public static IServiceCollection AddKernel(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<BusinessClock>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KernelModule).Assembly);
}
