using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MotCua.Engagement.Features.Notifications.SendMessages;

/// <summary>
/// Sends through the configured relay with MailKit: one connection per message (deliveries are rare and retried by the
/// outbox), TLS when configured, authentication when a user name is set. Refusals and timeouts throw.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<NotificationOptions> options) : IEmailSender
{
    public async Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value.Smtp;
        using var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = message.MessageId,
            Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody(),
        };
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.UseTls ? SecureSocketOptions.Auto : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException exception)
        {
            throw new NotificationDeliveryException($"Máy chủ thư {settings.Host}:{settings.Port} từ chối ({(int)exception.StatusCode}): {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is SmtpProtocolException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException or AuthenticationException)
        {
            throw new NotificationDeliveryException($"Máy chủ thư {settings.Host}:{settings.Port} không nhận thư: {exception.Message}", exception);
        }

        return message.MessageId;
    }
}
