using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Outbox;
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
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.AddSingleton<Outbox.Outbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxPump>();
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KernelModule).Assembly);
}
