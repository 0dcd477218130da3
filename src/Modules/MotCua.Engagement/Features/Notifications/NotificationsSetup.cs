using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Engagement.Features.Notifications.ChangePreferences;
using MotCua.Engagement.Features.Notifications.ComposeMessages;
using MotCua.Engagement.Features.Notifications.FailedDeliveries;
using MotCua.Engagement.Features.Notifications.NotifyApplicant;
using MotCua.Engagement.Features.Notifications.SendMessages;
using MotCua.Kernel.Outbox;
using MotCua.Payments.Contracts;

namespace MotCua.Engagement.Features.Notifications;

/// <summary>Notifications to applicants: the subscribers, the SMS and e-mail adapters, the pages and endpoints.</summary>
internal static class NotificationsSetup
{
    /// <summary>One message per notification to send (key: the notification id).</summary>
    public const string DeliveryTopic = "engagement.notification-delivery";

    public static void Add(IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        services.AddScoped<NotificationComposer>();
        services.AddScoped<NotifyApplicantHandler>();
        services.AddHttpClient<ISmsSender, HttpSmsSender>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddScoped<IEmailSender, SmtpEmailSender>();
        services.AddScoped<IStaffMail, StaffMailSender>();
        services.AddScoped<ListFailedDeliveriesHandler>();
        services.AddScoped<ResendDeliveryHandler>();
        services.AddScoped<NotificationPreferencesHandler>();
        services.AddOutboxSubscriber<DossierChangesSubscriber>("engagement.notifications.dossier-changes", DossierTopics.StateChanged);
        services.AddOutboxSubscriber<PaymentsSubscriber>("engagement.notifications.payments", PaymentTopics.Paid);
        services.AddOutboxSubscriber<DeliverNotificationSubscriber>("engagement.notifications.delivery", DeliveryTopic);
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        FailedDeliveriesEndpoints.Map(app);
        NotificationPreferencesEndpoints.Map(app);
    }
}
