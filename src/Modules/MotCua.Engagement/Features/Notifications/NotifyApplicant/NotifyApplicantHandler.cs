using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Engagement.Features.Notifications.ComposeMessages;
using MotCua.Engagement.Features.Notifications.SendMessages;
using MotCua.Kernel.Time;
using MotCua.Payments.Contracts;

namespace MotCua.Engagement.Features.Notifications.NotifyApplicant;

/// <summary>
/// Turns an event into the messages it owes the applicant: finds the dossier, decides what to say, honours the
/// citizen's preferences, and writes one notification per channel with its delivery in one SaveChanges. An event
/// heard again finds its notifications already written and writes nothing.
/// </summary>
internal sealed class NotifyApplicantHandler(DbContext db, IDossierDirectory dossiers, NotificationComposer composer, Kernel.Outbox.Outbox outbox, BusinessClock clock)
{
    /// <summary>The history lines that are news to the applicant (NĐ 61/2018 Đ17.2, Đ19.4, Đ19.9, Đ20).</summary>
    public static NotificationKind? KindOf(string trigger) => trigger switch
    {
        "Accept" => NotificationKind.Received,
        "RequestSupplement" => NotificationKind.SupplementRequested,
        "Refuse" => NotificationKind.Refused,
        "MarkResultReady" => NotificationKind.ResultReady,
        "Apologize" => NotificationKind.Apology,
        "ReturnResult" => NotificationKind.ResultReturned,
        _ => null,
    };

    public async Task HandleAsync(DossierStateChanged change, CancellationToken cancellationToken)
    {
        if (KindOf(change.Trigger) is not { } kind)
        {
            return;
        }

        await NotifyAsync(change.Code, Notification.HistoryKey(change.Sequence), kind, change.Reason, null, cancellationToken);
    }

    public Task HandleAsync(PaymentReceived payment, CancellationToken cancellationToken) =>
        NotifyAsync(payment.DossierCode, Notification.PaymentKey(payment.PaymentId), NotificationKind.PaymentReceived, null, payment, cancellationToken);

    private async Task NotifyAsync(string code, string eventKey, NotificationKind kind, string? reasons, PaymentReceived? payment, CancellationToken cancellationToken)
    {
        var notifications = db.Set<Notification>();
        if (await notifications.AnyAsync(n => n.DossierCode == code && n.EventKey == eventKey, cancellationToken))
        {
            return;
        }

        // An event always follows its committed dossier; a missing one is a bug or a deleted demo, not a retry.
        if (await dossiers.FindAsync(code, cancellationToken) is not { } dossier)
        {
            throw new InvalidOperationException($"Không tìm thấy hồ sơ {code} để gửi thông báo.");
        }

        // The representative submitted on the applicant's behalf (an organisation, or a person by proxy): they are told.
        var party = dossier.Representative ?? dossier.Applicant;
        var phone = party.Phone ?? dossier.Applicant.Phone;
        var email = party.Email ?? dossier.Applicant.Email;
        var preference = party.IsOrganisation
            ? null
            : await db.Set<NotificationPreference>().AsNoTracking().SingleOrDefaultAsync(p => p.CitizenId == party.Identifier, cancellationToken);
        var culture = preference?.Language == "en" ? CultureInfo.GetCultureInfo("en-US") : NotificationComposer.Vietnamese;
        var message = composer.Compose(
            new NotificationFacts(kind, dossier.Code, dossier.ProcedureName, party.Name, dossier.AppointmentAtUtc, reasons, payment?.AmountDong, payment?.ReceiptNumber),
            culture);

        var now = clock.UtcNow;
        var written = new List<Notification>();
        if (preference?.SmsEnabled != false && PhoneNumber.Normalize(phone) is { } number)
        {
            written.Add(new Notification(code, eventKey, kind, NotificationChannel.Sms, number, null, message.Sms, null, now));
        }

        if (preference?.EmailEnabled != false && (preference?.Email ?? email) is { Length: > 0 } address)
        {
            written.Add(new Notification(code, eventKey, kind, NotificationChannel.Email, address.Trim(), message.Subject, message.Text, message.Html, now));
        }

        foreach (var notification in written)
        {
            notifications.Add(notification);
            outbox.Enqueue(db, NotificationsSetup.DeliveryTopic, notification.Id.ToString(), new NotificationDelivery(notification.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
