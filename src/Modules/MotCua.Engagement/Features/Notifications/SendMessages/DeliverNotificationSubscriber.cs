using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Notifications.SendMessages;

/// <summary>
/// Sends one notification through its channel. A notification already sent is not sent again (a message heard twice);
/// a failure is recorded on the notification and rethrown, so that the outbox retries with back-off and, after the last
/// attempt, dead-letters it for the resend page.
/// </summary>
internal sealed class DeliverNotificationSubscriber(DbContext db, ISmsSender sms, IEmailSender email, IOptions<OutboxOptions> outbox, BusinessClock clock) : IOutboxSubscriber
{
    public async Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = message.Payload<NotificationDelivery>().NotificationId;
        var notification = await db.Set<Notification>().SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"Không còn thông báo {id}.");
        if (notification.State == NotificationState.Sent)
        {
            return;
        }

        string providerId;
        try
        {
            providerId = notification.Channel switch
            {
                NotificationChannel.Sms => await sms.SendAsync(new SmsMessage(notification.Recipient, notification.Text, notification.Id.ToString("N")), cancellationToken),
                NotificationChannel.Email => await email.SendAsync(
                    new EmailMessage(notification.Recipient, notification.Subject ?? string.Empty, notification.Text, notification.Html ?? string.Empty, $"{notification.Id:N}@motcua"),
                    cancellationToken),
                _ => throw new InvalidOperationException($"Kênh {notification.Channel} chưa được hỗ trợ."),
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            notification.MarkFailed($"{exception.GetType().Name}: {exception.Message}", final: message.Attempt >= outbox.Value.MaxAttempts);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        notification.MarkSent(clock.UtcNow, providerId);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
