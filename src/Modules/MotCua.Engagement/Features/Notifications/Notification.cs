namespace MotCua.Engagement.Features.Notifications;

/// <summary>What the applicant is told (NĐ 61/2018 Đ17.2, Đ19.4, Đ19.9, Đ20: by SMS or e-mail).</summary>
public enum NotificationKind
{
    /// <summary>Accepted with a receipt: the code, the appointment date and where to track it.</summary>
    Received = 1,

    /// <summary>Form 02: what to supplement and where to supply it online.</summary>
    SupplementRequested = 2,

    /// <summary>Form 03: refused, with the reasons (NĐ 61/2018 Đ17.2 requires telling an online applicant).</summary>
    Refused = 3,

    /// <summary>The result is ready at the desk (or online).</summary>
    ResultReady = 4,

    /// <summary>Form 04: the apology with the one new appointment date (NĐ 61/2018 Đ19.9).</summary>
    Apology = 5,

    /// <summary>The fee was received online.</summary>
    PaymentReceived = 6,

    /// <summary>The result was handed over: thanks, and the link to rate the service.</summary>
    ResultReturned = 7,
}

public enum NotificationChannel
{
    Sms = 1,
    Email = 2,
}

public enum NotificationState
{
    /// <summary>Written and queued for delivery.</summary>
    Pending = 1,

    /// <summary>The last attempt failed; the outbox tries again later.</summary>
    Retrying = 2,

    /// <summary>Accepted by the SMS provider or the mail relay.</summary>
    Sent = 3,

    /// <summary>Every attempt failed: the delivery waits on the dead-letter page.</summary>
    Failed = 4,
}

/// <summary>
/// One message to one recipient on one channel, rendered when the event was heard so that what was sent is what is
/// shown. <see cref="EventKey"/> with the dossier code and the channel is unique: an event heard twice writes nothing.
/// </summary>
public sealed class Notification
{
    public const int MaxErrorLength = 2000;

    private Notification()
    {
    }

    public Notification(string dossierCode, string eventKey, NotificationKind kind, NotificationChannel channel, string recipient, string? subject, string text, string? html, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        DossierCode = dossierCode;
        EventKey = eventKey;
        Kind = kind;
        Channel = channel;
        Recipient = recipient;
        Subject = subject;
        Text = text;
        Html = html;
        CreatedAtUtc = nowUtc;
        State = NotificationState.Pending;
    }

    public Guid Id { get; private set; }

    public string DossierCode { get; private set; } = string.Empty;

    /// <summary>"h{sequence}" for a line of the dossier's history, "p:{payment id}" for a payment.</summary>
    public string EventKey { get; private set; } = string.Empty;

    public NotificationKind Kind { get; private set; }

    public NotificationChannel Channel { get; private set; }

    /// <summary>A phone number (digits) or an e-mail address.</summary>
    public string Recipient { get; private set; } = string.Empty;

    public string? Subject { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public string? Html { get; private set; }

    public NotificationState State { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>The provider's message id (SMS) or the Message-ID header (e-mail).</summary>
    public string? ProviderMessageId { get; private set; }

    public string? LastError { get; private set; }

    public static string HistoryKey(int sequence) => "h" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string PaymentKey(Guid paymentId) => "p:" + paymentId.ToString("N");

    public void MarkSent(DateTime nowUtc, string? providerMessageId)
    {
        Attempts++;
        State = NotificationState.Sent;
        SentAtUtc = nowUtc;
        ProviderMessageId = providerMessageId;
        LastError = null;
    }

    public void MarkFailed(string error, bool final)
    {
        Attempts++;
        State = final ? NotificationState.Failed : NotificationState.Retrying;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
    }
}

/// <summary>
/// How one citizen (by CCCD) wants to be told. No row means the defaults: SMS and e-mail on, to the phone and the
/// address given on the dossier.
/// </summary>
public sealed class NotificationPreference
{
    public const int MaxEmailLength = 254;

    private NotificationPreference()
    {
    }

    public NotificationPreference(string citizenId)
    {
        CitizenId = citizenId;
        SmsEnabled = true;
        EmailEnabled = true;
        Language = "vi";
    }

    public string CitizenId { get; private set; } = string.Empty;

    public bool SmsEnabled { get; private set; }

    public bool EmailEnabled { get; private set; }

    /// <summary>Where e-mail goes instead of the address written on each dossier.</summary>
    public string? Email { get; private set; }

    /// <summary>"vi" or "en": the language of the messages.</summary>
    public string Language { get; private set; } = "vi";

    public DateTime UpdatedAtUtc { get; private set; }

    public void Change(bool smsEnabled, bool emailEnabled, string? email, string language, DateTime nowUtc)
    {
        SmsEnabled = smsEnabled;
        EmailEnabled = emailEnabled;
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Language = language;
        UpdatedAtUtc = nowUtc;
    }
}
