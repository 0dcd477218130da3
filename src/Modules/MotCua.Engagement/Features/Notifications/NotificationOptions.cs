namespace MotCua.Engagement.Features.Notifications;

/// <summary>Configuration section "Notifications".</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The public address of the portal, for the links in messages (tracking, my dossier, rating).</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080/");

    public SmtpOptions Smtp { get; set; } = new();

    public SmsOptions Sms { get; set; } = new();
}

/// <summary>The mail relay ("Notifications:Smtp").</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary>"Name &lt;address&gt;" or an address.</summary>
    public string From { get; set; } = "MotCua <khongtraloi@localhost>";

    /// <summary>Authenticates only when set (and the relay offers AUTH).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS on connect (port 465) or STARTTLS; false sends in clear on a trusted network only.</summary>
    public bool UseTls { get; set; } = true;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The SMS provider's HTTP API ("Notifications:Sms").</summary>
public sealed class SmsOptions
{
    /// <summary>Root of the provider's API, ending with a slash (messages are posted to "messages").</summary>
    public Uri? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The registered brandname the messages come from.</summary>
    public string Sender { get; set; } = "MOTCUA";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
