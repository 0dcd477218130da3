namespace MotCua.Dossiers.Contracts;

/// <summary>Outbox topics the Dossiers module publishes (subscribe with <c>AddOutboxSubscriber</c>).</summary>
public static class DossierTopics
{
    /// <summary>Every transition of every dossier, one message per history line, in order per dossier code (the key).</summary>
    public const string StateChanged = "dossiers.state-changed";
}

/// <summary>
/// A line of a dossier's history, as other modules see it. <see cref="Sequence"/> with <see cref="Code"/> identifies it;
/// states and triggers are the names of the Dossiers enums, <see cref="NationalStatus"/> the TrangThaiHoSo code 1–10.
/// </summary>
public sealed record DossierStateChanged(
    Guid DossierId,
    string Code,
    int Sequence,
    string Trigger,
    string? FromState,
    string ToState,
    int NationalStatus,
    int Channel,
    string ProcedureCode,
    DateTime AtUtc,
    string Actor,
    string? Reason);
