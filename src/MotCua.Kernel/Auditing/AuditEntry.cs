namespace MotCua.Kernel.Auditing;

/// <summary>An append-only record of a state change: who, when, what, and from which state.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public string Action { get; private set; } = string.Empty;

    public string EntityType { get; private set; } = string.Empty;

    public string EntityId { get; private set; } = string.Empty;

    public string? FromState { get; private set; }

    public string? ToState { get; private set; }

    public string? Details { get; private set; }

    public static AuditEntry Record(
        DateTime occurredAtUtc, string actor, string action, string entityType, string entityId,
        string? fromState = null, string? toState = null, string? details = null) => new()
        {
            OccurredAtUtc = occurredAtUtc,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            FromState = fromState,
            ToState = toState,
            Details = details,
        };
}
