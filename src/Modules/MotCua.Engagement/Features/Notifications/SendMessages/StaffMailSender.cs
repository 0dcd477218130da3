using MotCua.Engagement.Contracts;

namespace MotCua.Engagement.Features.Notifications.SendMessages;

/// <summary>Staff e-mail goes through the same relay, with the same settings, as the applicants' notifications.</summary>
internal sealed class StaffMailSender(IEmailSender email) : IStaffMail
{
    public Task<string> SendAsync(StaffMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return email.SendAsync(new EmailMessage(mail.To, mail.Subject, mail.Text, mail.Html, mail.MessageId), cancellationToken);
    }
}
