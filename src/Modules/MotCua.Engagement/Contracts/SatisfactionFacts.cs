namespace MotCua.Engagement.Contracts;

/// <summary>Outbox topics of the satisfaction ratings (key: the dossier code).</summary>
public static class SatisfactionTopics
{
    /// <summary>A dossier was rated, or its rating changed.</summary>
    public const string Rated = "engagement.rating-given";
}

public sealed record DossierRated(string DossierCode);

/// <summary>The applicants' overall answers (DOMAIN A8): 1 không hài lòng, 2 hài lòng, 3 rất hài lòng.</summary>
public interface ISatisfactionFacts
{
    /// <summary>Overall answer by dossier code, for the rated ones among <paramref name="codes"/>.</summary>
    Task<IReadOnlyDictionary<string, int>> OverallAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);
}
