namespace MotCua.Kernel.Outbox;

/// <summary>Configuration section "Outbox".</summary>
public sealed class OutboxOptions
{
    /// <summary>After this many failed attempts a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the second attempt; doubles with each further attempt.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the background pump looks for due messages; zero turns the pump off.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How many subscribers' queues are delivered at once: one slow partner (a portal taking its full timeout) must not
    /// hold up every other subscriber's messages. Within one subscriber, messages go one at a time, in order.
    /// </summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>How long a claimed message stays invisible to other instances while it is being delivered.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RetryDelay(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Max(0, failedAttempts - 1));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
