using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using MotCua.Kernel.Time;

namespace MotCua.Kernel.Outbox;

/// <summary>
/// Writes what a change owes to other modules and systems into the change's own unit of work: the rows are committed
/// by the caller's SaveChanges, or not at all.
/// </summary>
public sealed class Outbox(IEnumerable<OutboxSubscription> subscriptions, BusinessClock clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly OutboxSubscription[] _subscriptions = [.. subscriptions];

    /// <summary>Adds one message per subscriber of <paramref name="topic"/> to <paramref name="db"/>; returns how many.</summary>
    public int Enqueue<T>(DbContext db, string topic, string key, T payload)
    {
        ArgumentNullException.ThrowIfNull(db);
        var json = JsonSerializer.Serialize(payload, Json);
        var count = 0;
        foreach (var subscription in _subscriptions.Where(s => s.Topic == topic))
        {
            db.Add(new OutboxMessage(topic, subscription.Name, key, json, clock.UtcNow));
            count++;
        }

        return count;
    }
}
