using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Notifications.FailedDeliveries;

/// <summary>Which failed deliveries to show: given up on (dead letters), still being retried, or both.</summary>
public enum FailedDeliveryStatus
{
    All = 0,
    DeadLettered = 1,
    Retrying = 2,
}

public sealed record FailedDeliveryQuery(FailedDeliveryStatus Status, string? Topic, string? After, int? Limit);

/// <summary>A message of the kernel outbox that did not go through (any module's, not only notifications).</summary>
public sealed record FailedDelivery(
    long Id, string Topic, string Subscriber, string Key, OutboxStatus Status, int Attempts, string? LastError, DateTime CreatedAtUtc, DateTime? NextAttemptAtUtc);

/// <summary>
/// The dead-letter view: every outbox message given up on, or pending after a failed attempt, newest first (keyset on
/// the id), filtered by status and topic.
/// </summary>
internal sealed class ListFailedDeliveriesHandler(DbContext db)
{
    public async Task<Result<Page<FailedDelivery>>> HandleAsync(FailedDeliveryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!TryAfter(query.After, out var afterId))
        {
            return Error.Field("after", "Con trỏ phân trang không hợp lệ.");
        }

        if (query.Limit is < 1 or > Keyset.MaxLimit)
        {
            return Error.Field("limit", $"Số bản ghi mỗi trang phải từ 1 đến {Keyset.MaxLimit}.");
        }

        var limit = Keyset.ClampLimit(query.Limit);
        var rows = Failed(db.Set<OutboxMessage>().AsNoTracking(), query.Status);
        if (!string.IsNullOrWhiteSpace(query.Topic))
        {
            rows = rows.Where(m => m.Topic == query.Topic);
        }

        if (afterId is { } id)
        {
            rows = rows.Where(m => m.Id < id);
        }

        var page = await rows.OrderByDescending(m => m.Id).Take(limit + 1)
            .Select(m => new FailedDelivery(m.Id, m.Topic, m.Subscriber, m.Key, m.Status, m.Attempts, m.LastError, m.CreatedAtUtc,
                m.Status == OutboxStatus.Pending ? m.NextAttemptAtUtc : null))
            .ToListAsync(cancellationToken);
        return Keyset.ToPage(page, limit, m => m.Id.ToString(CultureInfo.InvariantCulture));
    }

    private static bool TryAfter(string? cursor, out long? afterId)
    {
        afterId = null;
        if (!Keyset.TryDecode(cursor, out var key))
        {
            return false;
        }

        if (key is null)
        {
            return true;
        }

        var valid = long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
        afterId = valid ? id : null;
        return valid;
    }

    /// <summary>The topics that have failed deliveries, for the filter.</summary>
    public async Task<IReadOnlyList<string>> TopicsAsync(CancellationToken cancellationToken) =>
        await Failed(db.Set<OutboxMessage>().AsNoTracking(), FailedDeliveryStatus.All).Select(m => m.Topic).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

    private static IQueryable<OutboxMessage> Failed(IQueryable<OutboxMessage> messages, FailedDeliveryStatus status) => status switch
    {
        FailedDeliveryStatus.DeadLettered => messages.Where(m => m.Status == OutboxStatus.DeadLettered),
        FailedDeliveryStatus.Retrying => messages.Where(m => m.Status == OutboxStatus.Pending && m.Attempts > 0),
        _ => messages.Where(m => m.Status == OutboxStatus.DeadLettered || (m.Status == OutboxStatus.Pending && m.Attempts > 0)),
    };
}

/// <summary>"Gửi lại": puts one failed message back in line for immediate delivery, and says who did it in the audit log.</summary>
internal sealed class ResendDeliveryHandler(DbContext db, OutboxDispatcher dispatcher, BusinessClock clock, CurrentActor actor)
{
    public const string AuditAction = "outbox.resend";

    public async Task<Error?> HandleAsync(long id, CancellationToken cancellationToken)
    {
        var message = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new { m.Status, m.Topic, m.Subscriber, m.Key, m.Attempts })
            .SingleOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return Error.NotFound("outbox-message-not-found", "Không tìm thấy tin cần gửi lại.");
        }

        if (message.Status == OutboxStatus.Delivered || !await dispatcher.RequeueAsync(id, cancellationToken))
        {
            return Error.Conflict("outbox-message-delivered", "Tin này đã được gửi thành công, không cần gửi lại.");
        }

        db.Add(AuditEntry.Record(
            clock.UtcNow, actor.Name, AuditAction, "OutboxMessage", id.ToString(CultureInfo.InvariantCulture),
            message.Status.ToString(), nameof(OutboxStatus.Pending),
            $"{message.Topic} → {message.Subscriber}, khóa {message.Key}, sau {message.Attempts} lần thử"));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
