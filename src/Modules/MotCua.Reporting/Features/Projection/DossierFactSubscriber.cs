using MotCua.Kernel.Outbox;

namespace MotCua.Reporting.Features.Projection;

/// <summary>
/// Keeps a dossier's projection row current: every topic that changes a reported fact (state, payment, rating, national
/// sync) carries the dossier code as its key, and the row is rebuilt whole from the sources. The lag is the outbox's
/// (one pump interval, shown on the reports as the projection's age).
/// </summary>
internal sealed class DossierFactSubscriber(DossierFactProjector projector) : IOutboxSubscriber
{
    public Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        projector.RefreshAsync([message.Key], cancellationToken);
}
