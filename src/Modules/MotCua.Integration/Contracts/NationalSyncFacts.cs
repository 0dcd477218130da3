namespace MotCua.Integration.Contracts;

/// <summary>Outbox topics of the national-portal synchronisation (key: the dossier code).</summary>
public static class NationalSyncTopics
{
    /// <summary>A dossier reached the national portal for the first time (766 indicator 1.4 counts it from then on).</summary>
    public const string FirstSynced = "integration.dossier-first-synced";
}

public sealed record DossierFirstSynced(string DossierCode);

public interface INationalSyncFacts
{
    /// <summary>The codes among <paramref name="codes"/> whose dossier the national portal has received.</summary>
    Task<IReadOnlySet<string>> SyncedAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);
}
