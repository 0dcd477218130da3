using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Engagement.Features.Notifications;

namespace MotCua.Engagement.Persistence;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("engagement_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.DossierCode).HasMaxLength(64);
        builder.Property(n => n.EventKey).HasMaxLength(64);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Recipient).HasMaxLength(NotificationPreference.MaxEmailLength);
        builder.Property(n => n.Subject).HasMaxLength(500);
        builder.Property(n => n.Text).HasMaxLength(8000);
        builder.Property(n => n.Html).HasMaxLength(16000);
        builder.Property(n => n.ProviderMessageId).HasMaxLength(200);
        builder.Property(n => n.LastError).HasMaxLength(Notification.MaxErrorLength);
        // One event, one message per channel, however many times the event is heard.
        builder.HasIndex(n => new { n.DossierCode, n.EventKey, n.Channel }).IsUnique();
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("engagement_notification_preferences");
        builder.HasKey(p => p.CitizenId);
        builder.Property(p => p.CitizenId).HasMaxLength(12).ValueGeneratedNever();
        builder.Property(p => p.Email).HasMaxLength(NotificationPreference.MaxEmailLength);
        builder.Property(p => p.Language).HasMaxLength(8);
    }
}
