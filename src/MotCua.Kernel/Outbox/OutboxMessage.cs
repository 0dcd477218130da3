namespace MotCua.Kernel.Outbox;

public enum OutboxStatus
{
    Pending = 0,
    Delivered = 1,

    /// <summary>Gave up after the last attempt; waits on the dead-letter page for someone to resend it.</summary>
    DeadLettered = 2,
}

/// <summary>
/// One delivery owed to one subscriber, written in the transaction of the change that caused it (ARCHITECTURE:
/// "nothing is published before commit"). A topic with two subscribers gives two rows, so each retries, dead-letters
/// and is resent on its own.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    internal OutboxMessage(string topic, string subscriber, string key, string payloadJson, DateTime nowUtc)
    {
        Topic = topic;
        Subscriber = subscriber;
        Key = key;
        PayloadJson = payloadJson;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
        Status = OutboxStatus.Pending;
    }

    /// <summary>Store-generated and increasing: the order in which messages were written, per key included.</summary>
    public long Id { get; private set; }

    public string Topic { get; private set; } = string.Empty;

    public string Subscriber { get; private set; } = string.Empty;

    /// <summary>What the message is about (a dossier code, a payment id): subscribers that need order get it per key.</summary>
    public string Key { get; private set; } = string.Empty;

    public string PayloadJson { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    /// <summary>Set while one dispatcher delivers the message, so that another instance leaves it alone.</summary>
    public DateTime? LockedUntilUtc { get; private set; }

    public DateTime? DeliveredAtUtc { get; private set; }

    public string? LastError { get; private set; }
}
