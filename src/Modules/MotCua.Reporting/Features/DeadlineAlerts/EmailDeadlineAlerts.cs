using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Engagement.Contracts;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Time;

namespace MotCua.Reporting.Features.DeadlineAlerts;

/// <summary>
/// E-mails a member of staff the alerts of a day that no e-mail has carried yet, in one message (a second run that
/// raised more sends only those). A relay failure throws, so the outbox retries and finally dead-letters it.
/// </summary>
internal sealed class DeadlineAlertEmailSubscriber(
    DbContext db, IStaffMail mail, IStringLocalizer<DashboardText> text, IOptions<DeadlineAlertOptions> options, BusinessClock clock) : IOutboxSubscriber
{
    public async Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = message.Payload<DeadlineAlertEmail>();
        var alerts = await db.Set<DeadlineAlert>()
            .Where(a => a.Recipient == request.Recipient && a.LocalDay == request.Day && a.EmailedAtUtc == null)
            .OrderByDescending(a => a.Kind).ThenBy(a => a.DossierCode)
            .ToListAsync(cancellationToken);
        if (alerts.Count == 0)
        {
            return;
        }

        var day = request.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var subject = text["Alerts.MailSubject", alerts.Count, day].Value;
        var plain = new StringBuilder().AppendLine(text["Alerts.MailIntro", day].Value).AppendLine();
        var html = new StringBuilder().Append("<p>").Append(WebUtility.HtmlEncode(text["Alerts.MailIntro", day].Value)).Append("</p><ul>");
        var baseUrl = options.Value.PublicBaseUrl;
        foreach (var alert in alerts)
        {
            var link = new Uri(baseUrl, "mot-cua/ho-so/" + Uri.EscapeDataString(alert.DossierCode)).ToString();
            var due = alert.DueAtUtc is { } d ? BusinessClock.ToLocal(d).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";
            var line = text["Alerts.MailLine", text["AlertKind." + alert.Kind].Value, alert.DossierCode, alert.ProcedureCode, due].Value;
            plain.Append("- ").Append(line).Append(": ").AppendLine(link);
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">").Append(WebUtility.HtmlEncode(line)).Append("</a></li>");
        }

        var all = new Uri(baseUrl, AlertsPage.Path).ToString();
        plain.AppendLine().AppendLine(text["Alerts.MailAll"].Value + ": " + all);
        html.Append("</ul><p><a href=\"").Append(WebUtility.HtmlEncode(all)).Append("\">").Append(WebUtility.HtmlEncode(text["Alerts.MailAll"].Value)).Append("</a></p>");

        await mail.SendAsync(new StaffMail(request.Recipient, subject, plain.ToString(), html.ToString(), $"{alerts[0].Id:N}@motcua"), cancellationToken);
        foreach (var alert in alerts)
        {
            alert.MarkEmailed(clock.UtcNow);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }
}
