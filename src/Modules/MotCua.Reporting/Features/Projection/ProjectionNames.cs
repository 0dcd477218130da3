namespace MotCua.Reporting.Features.Projection;

/// <summary>Outbox subscriber names of the projection: stored with each message, so renaming one orphans messages in flight.</summary>
internal static class ProjectionNames
{
    public const string DossierState = "reporting.facts.dossier-state";
    public const string Payment = "reporting.facts.payment";
    public const string Rating = "reporting.facts.rating";
    public const string NationalSync = "reporting.facts.national-sync";

    public static readonly IReadOnlyList<string> All = [DossierState, Payment, Rating, NationalSync];
}
