using System.Text.Json;

namespace MotCua.Kernel.Outbox;

/// <summary>A message as a subscriber receives it; <see cref="Attempt"/> counts from 1.</summary>
public sealed record OutboxEnvelope(long Id, string Topic, string Key, string PayloadJson, int Attempt, DateTime CreatedAtUtc)
{
    public T Payload<T>() => JsonSerializer.Deserialize<T>(PayloadJson, Outbox.Json)
        ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload.");
}

/// <summary>
/// Receives the messages of one topic, in a scope of its own, after the change that caused them was committed.
/// Throwing fails the attempt: it is retried with back-off and dead-lettered after the last one. A message can come
/// more than once (a crash between delivery and bookkeeping), so deliveries are idempotent by <see cref="OutboxEnvelope.Id"/>
/// or by the payload's own identity.
/// </summary>
public interface IOutboxSubscriber
{
    Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken);
}

/// <summary>A registered subscriber: its stable name (stored with each message), its topic, and whether it needs per-key order.</summary>
public sealed record OutboxSubscription(string Name, string Topic, Type SubscriberType, bool InOrderPerKey);
