using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Kernel.Outbox;

public static class OutboxRegistration
{
    /// <summary>
    /// Subscribes <typeparamref name="TSubscriber"/> to <paramref name="topic"/> under a stable <paramref name="name"/>
    /// (stored with every message: renaming it orphans the messages in flight).
    /// </summary>
    public static IServiceCollection AddOutboxSubscriber<TSubscriber>(this IServiceCollection services, string name, string topic, bool inOrderPerKey = false)
        where TSubscriber : class, IOutboxSubscriber
    {
        services.AddScoped<TSubscriber>();
        services.AddSingleton(new OutboxSubscription(name, topic, typeof(TSubscriber), inOrderPerKey));
        return services;
    }
}
