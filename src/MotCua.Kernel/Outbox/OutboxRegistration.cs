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

    /// <summary>The registrations sharing a name must agree on the subscriber and its ordering: they are one subscriber.</summary>
    internal static OutboxSubscription SingleSubscriber(IGrouping<string, OutboxSubscription> registrations)
    {
        var first = registrations.First();
        if (registrations.Any(s => s.SubscriberType != first.SubscriberType || s.InOrderPerKey != first.InOrderPerKey))
        {
            throw new InvalidOperationException($"Outbox subscriber \"{first.Name}\" is registered with different types or orderings.");
        }

        return first;
    }
}
