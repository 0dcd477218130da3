namespace MotCua.Engagement.Features.Notifications.SendMessages;

/// <summary>A text message; <see cref="Reference"/> lets the provider recognise a resend of the same message.</summary>
public sealed record SmsMessage(string To, string Text, string Reference);

public sealed record EmailMessage(string To, string Subject, string Text, string Html, string MessageId);

/// <summary>What the SMS provider says became of a message.</summary>
public sealed record SmsStatus(string Id, string Status, DateTime? DeliveredAtUtc);

/// <summary>The SMS provider (a gateway of its own: a fake in development, a brandname provider in production).</summary>
internal interface ISmsSender
{
    /// <summary>Returns the provider's message id; throws when the provider refuses or does not answer in time.</summary>
    Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken);

    Task<SmsStatus?> StatusAsync(string id, CancellationToken cancellationToken);
}

/// <summary>The mail relay.</summary>
internal interface IEmailSender
{
    /// <summary>Returns the Message-ID; throws when the relay refuses or does not answer in time.</summary>
    Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>The outbox payload that asks for one notification to be sent.</summary>
public sealed record NotificationDelivery(Guid NotificationId);

/// <summary>Vietnamese mobile numbers as providers take them: digits only.</summary>
internal static class PhoneNumber
{
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string([.. phone.Where(char.IsDigit)]);
        return digits.Length is >= 9 and <= 12 ? digits : null;
    }
}

/// <summary>A provider or relay that answered with a refusal (the attempt fails and the outbox retries).</summary>
public sealed class NotificationDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
