namespace MotCua.IntegrationTests.Engagement;

/// <summary>
/// The rating test classes run one after another: they rate dossiers of the same demo units, and the summary test
/// counts what a unit received in a period.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RatingsInSequence
{
    public const string Name = "Satisfaction ratings";
}
