namespace MotCua.Engagement.Contracts;

/// <summary>An e-mail to a member of staff; <see cref="MessageId"/> lets the relay recognise a resend of the same message.</summary>
public sealed record StaffMail(string To, string Subject, string Text, string Html, string MessageId);

/// <summary>
/// Sends e-mail to staff through the notifications' mail relay (other modules' own messages, e.g. deadline alerts). The
/// caller delivers through its own outbox subscriber, so retries and the dead letter are the outbox's.
/// </summary>
public interface IStaffMail
{
    /// <summary>Returns the Message-ID; throws when the relay refuses or does not answer in time.</summary>
    Task<string> SendAsync(StaffMail mail, CancellationToken cancellationToken);
}
