using MotCua.Dossiers.Contracts;
using MotCua.Kernel.Outbox;
using MotCua.Payments.Contracts;

namespace MotCua.Engagement.Features.Notifications.NotifyApplicant;

/// <summary>Hears every line of every dossier's history (<see cref="DossierTopics.StateChanged"/>).</summary>
internal sealed class DossierChangesSubscriber(NotifyApplicantHandler handler) : IOutboxSubscriber
{
    public Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message.Payload<DossierStateChanged>(), cancellationToken);
}

/// <summary>Hears confirmed online payments (<see cref="PaymentTopics.Paid"/>).</summary>
internal sealed class PaymentsSubscriber(NotifyApplicantHandler handler) : IOutboxSubscriber
{
    public Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message.Payload<PaymentReceived>(), cancellationToken);
}
