using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Integration.Domain;
using MotCua.Integration.Features.SyncToNationalPortal;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Integration.Features.ReconcileNationalPortal;

public enum ReconciliationView
{
    /// <summary>The portal shows another TrangThaiHoSo than MotCua, or does not know the dossier.</summary>
    Mismatched,

    /// <summary>Dossiers with lines waiting and none ever pushed.</summary>
    Unsynced,

    /// <summary>Pushes that failed at least once and are waiting to be retried, or gave up (dead letters).</summary>
    Failed,
}

/// <summary><c>PortalStatus</c> is null when the portal does not know the dossier.</summary>
public sealed record MismatchItem(string Code, int OurStatus, int? PortalStatus, int LastSequence, DateTime? LastSyncedAtUtc);

/// <summary>One page of the check: <c>Checked</c> dossiers were compared, <c>Items</c> are those that differ.</summary>
public sealed record MismatchPage(IReadOnlyList<MismatchItem> Items, int Checked, string? Next, string? PortalError);

public sealed record UnsyncedItem(string Code, DateTime WaitingSinceUtc, int LinesWaiting, string? LastError);

public sealed record FailedSyncItem(long MessageId, string Code, bool DeadLettered, int Attempts, DateTime CreatedAtUtc, DateTime NextAttemptAtUtc, string? LastError);

/// <summary>
/// What differs between MotCua and the national portal, and what could not be pushed. The portal is asked in batches of
/// one page; MotCua's side is the last line each dossier published, so the check never scans the dossier tables.
/// </summary>
internal sealed class NationalPortalReconciliation(DbContext db, NationalPortalClient portal, OutboxDispatcher dispatcher, CurrentActor actor, BusinessClock clock)
{
    /// <summary>How many dossiers one page compares with the portal (one lookup call).</summary>
    public const int CheckBatch = 50;

    private IQueryable<OutboxMessage> Messages => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Subscriber == SyncDossierToNationalPortal.Name);

    public async Task<Result<MismatchPage>> MismatchedAsync(string? after, CancellationToken cancellationToken)
    {
        if (!Keyset.TryDecode(after, out var afterCode))
        {
            return BadCursor();
        }

        var query = db.Set<PortalSync>().AsNoTracking().Where(s => s.LastSequence > 0);
        if (afterCode is not null)
        {
            query = query.Where(s => s.Code.CompareTo(afterCode) > 0);
        }

        var batch = await query.OrderBy(s => s.Code).Take(CheckBatch + 1).ToListAsync(cancellationToken);
        var next = batch.Count > CheckBatch ? Keyset.Encode(batch[CheckBatch - 1].Code) : null;
        var synced = batch.Take(CheckBatch).ToList();
        var codes = synced.Select(s => s.Code).ToList();
        var ours = await LatestStatusesAsync(codes, cancellationToken);
        IReadOnlyDictionary<string, int> theirs;
        try
        {
            theirs = await portal.LookUpAsync(codes, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or NationalPortalException
                                          || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new MismatchPage([], 0, null, exception.Message);
        }

        var items = synced
            .Where(s => ours.ContainsKey(s.Code))
            .Select(s => new MismatchItem(s.Code, ours[s.Code], theirs.TryGetValue(s.Code, out var status) ? status : null, s.LastSequence, s.LastSyncedAtUtc))
            .Where(i => i.PortalStatus != i.OurStatus)
            .ToList();
        return new MismatchPage(items, synced.Count, next, null);
    }

    public async Task<Result<Page<UnsyncedItem>>> UnsyncedAsync(string? after, int? limit, CancellationToken cancellationToken)
    {
        if (!Keyset.TryDecode(after, out var afterCode))
        {
            return BadCursor();
        }

        var take = Keyset.ClampLimit(limit);
        var synced = db.Set<PortalSync>().Where(s => s.LastSequence > 0);
        var waiting = Messages.Where(m => m.Status != OutboxStatus.Delivered && !synced.Any(s => s.Code == m.Key));
        if (afterCode is not null)
        {
            waiting = waiting.Where(m => m.Key.CompareTo(afterCode) > 0);
        }

        var rows = await waiting
            .GroupBy(m => m.Key)
            .Select(g => new { Code = g.Key, Since = g.Min(m => m.CreatedAtUtc), Count = g.Count() })
            .OrderBy(g => g.Code)
            .Take(take + 1)
            .ToListAsync(cancellationToken);
        var codes = rows.Select(r => r.Code).ToList();
        var errors = await db.Set<PortalSync>().AsNoTracking().Where(s => codes.Contains(s.Code))
            .ToDictionaryAsync(s => s.Code, s => s.LastError, cancellationToken);
        var items = rows.Select(r => new UnsyncedItem(r.Code, r.Since, r.Count, errors.GetValueOrDefault(r.Code))).ToList();
        return Keyset.ToPage(items, take, i => i.Code);
    }

    public async Task<Result<Page<FailedSyncItem>>> FailedAsync(string? after, int? limit, CancellationToken cancellationToken)
    {
        if (!Keyset.TryDecode(after, out var afterKey) || (afterKey is not null && !long.TryParse(afterKey, CultureInfo.InvariantCulture, out _)))
        {
            return BadCursor();
        }

        var take = Keyset.ClampLimit(limit);
        var failed = Messages.Where(m => m.Status == OutboxStatus.DeadLettered || (m.Status == OutboxStatus.Pending && m.Attempts > 0));
        if (afterKey is not null)
        {
            var afterId = long.Parse(afterKey, CultureInfo.InvariantCulture);
            failed = failed.Where(m => m.Id < afterId);
        }

        // Newest first: the failure an administrator is looking at is usually the last one.
        var rows = await failed.OrderByDescending(m => m.Id).Take(take + 1)
            .Select(m => new FailedSyncItem(m.Id, m.Key, m.Status == OutboxStatus.DeadLettered, m.Attempts, m.CreatedAtUtc, m.NextAttemptAtUtc, m.LastError))
            .ToListAsync(cancellationToken);
        return Keyset.ToPage(rows, take, i => i.MessageId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Puts a failed push back in line now (the pump delivers it within seconds), recorded in the audit log.</summary>
    public async Task<Result<string>> ResendAsync(long messageId, CancellationToken cancellationToken)
    {
        var message = await Messages.Where(m => m.Id == messageId).Select(m => new { m.Key, m.Status }).SingleOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return Error.NotFound("sync-not-found", "Không tìm thấy lượt đồng bộ này.");
        }

        if (message.Status == OutboxStatus.Delivered || !await dispatcher.RequeueAsync(messageId, cancellationToken))
        {
            return Error.Conflict("sync-delivered", $"Hồ sơ {message.Key} đã được đồng bộ, không cần gửi lại.");
        }

        db.Add(AuditEntry.Record(clock.UtcNow, actor.Name, "NationalPortalSyncResent", nameof(OutboxMessage), messageId.ToString(CultureInfo.InvariantCulture),
            message.Status.ToString(), nameof(OutboxStatus.Pending), $"Hồ sơ {message.Key}"));
        await db.SaveChangesAsync(cancellationToken);
        return message.Key;
    }

    private async Task<Dictionary<string, int>> LatestStatusesAsync(List<string> codes, CancellationToken cancellationToken)
    {
        var latestIds = await Messages.Where(m => codes.Contains(m.Key)).GroupBy(m => m.Key).Select(g => g.Max(m => m.Id)).ToListAsync(cancellationToken);
        var payloads = await Messages.Where(m => latestIds.Contains(m.Id)).Select(m => m.PayloadJson).ToListAsync(cancellationToken);
        return payloads
            .Select(p => JsonSerializer.Deserialize<DossierStateChanged>(p, Outbox.Json)!)
            .ToDictionary(c => c.Code, c => c.NationalStatus, StringComparer.Ordinal);
    }

    private static Error BadCursor() => Error.Field("after", "Con trỏ phân trang không hợp lệ.");
}
