namespace MotCua.Engagement;

/// <summary>Marker for the notification pages' strings (Resources/NotificationText*.resx).</summary>
public sealed class NotificationText;

/// <summary>Marker for the SMS and e-mail templates sent to applicants (Resources/NotificationTemplates*.resx).</summary>
public sealed class NotificationTemplates;
