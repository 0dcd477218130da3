using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MotCua.Kernel.Time;

namespace MotCua.Kernel.Outbox;

/// <summary>
/// Delivers due messages: claims each one (so that several app instances never deliver the same row at once), hands
/// it to its subscriber in a scope of its own, and records success, a retry with back-off, or the dead letter. No
/// database transaction is open while a subscriber calls out (ARCHITECTURE).
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<OutboxSubscription> subscriptions,
    IOptions<OutboxOptions> options,
    BusinessClock clock,
    ILogger<OutboxDispatcher> logger)
{
    // One subscriber may listen to several topics under one name: its messages then share one order per key.
    private readonly Dictionary<string, OutboxSubscription> _subscriptions = subscriptions
        .GroupBy(s => s.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, OutboxRegistration.SingleSubscriber, StringComparer.Ordinal);

    /// <summary>Delivers the messages due at <paramref name="asOfUtc"/> (now by default); returns how many were attempted.</summary>
    public Task<int> DispatchAsync(DateTime? asOfUtc = null, CancellationToken cancellationToken = default) =>
        DispatchDueAsync(asOfUtc ?? clock.UtcNow, subscriber: null, cancellationToken);

    /// <summary>
    /// Delivers only <paramref name="subscriber"/>'s messages due at <paramref name="asOfUtc"/>: replaying one queue at a
    /// later instant (a back-off skipped on purpose) must not hurry every other queue's retries along with it.
    /// </summary>
    public Task<int> DispatchAsync(string subscriber, DateTime asOfUtc, CancellationToken cancellationToken = default) =>
        DispatchDueAsync(asOfUtc, subscriber, cancellationToken);

    private async Task<int> DispatchDueAsync(DateTime now, string? subscriber, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var ordered = _subscriptions.Values.Where(s => s.InOrderPerKey).Select(s => s.Name).ToArray();
        List<OutboxMessage> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var messages = db.Set<OutboxMessage>();
            due = await messages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
                .Where(m => subscriber == null || m.Subscriber == subscriber)
                .Where(m => !ordered.Contains(m.Subscriber)
                    || !messages.Any(e => e.Subscriber == m.Subscriber && e.Key == m.Key && e.Id < m.Id && e.Status != OutboxStatus.Delivered))
                .OrderBy(m => m.Id)
                .Take(settings.BatchSize)
                .ToListAsync(cancellationToken);
        }

        // Subscribers run side by side, each through its own messages in order: a partner slow to answer holds up only
        // its own queue, and every subscriber still sees its messages in the order they were written.
        var attempted = 0;
        await Parallel.ForEachAsync(
            due.GroupBy(m => m.Subscriber, StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellationToken },
            async (queue, token) =>
            {
                foreach (var message in queue)
                {
                    if (await DeliverAsync(message, now, settings, token))
                    {
                        Interlocked.Increment(ref attempted);
                    }
                }
            });

        return attempted;
    }

    /// <summary>Puts a dead-lettered (or waiting) message back in line for immediate delivery; false when it is unknown or delivered.</summary>
    public async Task<bool> RequeueAsync(long id, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var now = clock.UtcNow;
        var changed = await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.Status != OutboxStatus.Delivered)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.NextAttemptAtUtc, now)
                .SetProperty(m => m.LockedUntilUtc, (DateTime?)null), cancellationToken);
        return changed == 1;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, DateTime now, OutboxOptions settings, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        // The claim holds only if nobody has attempted the message since it was read: a dispatcher that read it before
        // another one delivered or failed it must not send it again on its stale copy.
        var claimed = await db.Set<OutboxMessage>()
            .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && m.Attempts == message.Attempts
                && m.NextAttemptAtUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, now + settings.LockDuration), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var attempt = message.Attempts + 1;
        string? failure;
        try
        {
            if (!_subscriptions.TryGetValue(message.Subscriber, out var subscription))
            {
                throw new InvalidOperationException($"Không còn bộ nhận \"{message.Subscriber}\" cho loại tin \"{message.Topic}\".");
            }

            var subscriber = (IOutboxSubscriber)scope.ServiceProvider.GetRequiredService(subscription.SubscriberType);
            await subscriber.DeliverAsync(
                new OutboxEnvelope(message.Id, message.Topic, message.Key, message.PayloadJson, attempt, message.CreatedAtUtc), cancellationToken);
            failure = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = $"{exception.GetType().Name}: {exception.Message}";
            LogFailed(message.Id, message.Subscriber, attempt, exception);
        }

        // The subscriber may have left tracked changes behind on failure; the bookkeeping is a statement of its own.
        db.ChangeTracker.Clear();
        var dead = failure is not null && attempt >= settings.MaxAttempts;
        var status = failure is null ? OutboxStatus.Delivered : dead ? OutboxStatus.DeadLettered : OutboxStatus.Pending;
        var next = failure is null ? now : now + settings.RetryDelay(attempt);
        DateTime? deliveredAt = failure is null ? now : null;
        var error = failure is { Length: > 2000 } ? failure[..2000] : failure;
        await db.Set<OutboxMessage>()
            .Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, status)
                .SetProperty(m => m.Attempts, attempt)
                .SetProperty(m => m.NextAttemptAtUtc, next)
                .SetProperty(m => m.DeliveredAtUtc, deliveredAt)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} for {Subscriber} failed on attempt {Attempt}")]
    private partial void LogFailed(long id, string subscriber, int attempt, Exception exception);
}

/// <summary>Runs the dispatcher every <see cref="OutboxOptions.PollInterval"/> for as long as the app runs.</summary>
internal sealed partial class OutboxPump(OutboxDispatcher dispatcher, IOptions<OutboxOptions> options, ILogger<OutboxPump> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        // The polling cadence is machine time, not legal time: it follows the real clock even when a test fakes the date.
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                int attempted;
                do
                {
                    attempted = await dispatcher.DispatchAsync(cancellationToken: stoppingToken);
                }
                while (attempted > 0);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPumpFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox pump failed; it tries again on the next tick")]
    private partial void LogPumpFailed(Exception exception);
}
