using MotCua.Dossiers.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Integration.Contracts;
using MotCua.Kernel.Outbox;
using MotCua.Payments.Contracts;

namespace MotCua.Reporting.Features.Projection;

/// <summary>
/// Keeps a dossier's projection row current: every topic that changes a reported fact (state, payment, rating, national
/// sync) carries the dossier code as its key, and the row is rebuilt whole from the sources. The lag is the outbox's
/// (one pump interval); the row's age is <c>ProjectedAtUtc</c>.
/// </summary>
internal sealed class DossierFactSubscriber(DossierFactProjector projector) : IOutboxSubscriber
{
    /// <summary>Stored with each outbox message: renaming it orphans the messages in flight.</summary>
    public const string Name = "reporting.facts";

    public static readonly IReadOnlyList<string> Topics =
        [DossierTopics.StateChanged, PaymentTopics.Paid, SatisfactionTopics.Rated, NationalSyncTopics.FirstSynced];

    public Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        projector.RefreshAsync([message.Key], cancellationToken);
}
