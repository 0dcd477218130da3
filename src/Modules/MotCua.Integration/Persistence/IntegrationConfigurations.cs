using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Integration.Domain;

namespace MotCua.Integration.Persistence;

internal sealed class SystemClientConfiguration : IEntityTypeConfiguration<SystemClient>
{
    public void Configure(EntityTypeBuilder<SystemClient> builder)
    {
        builder.ToTable("integration_system_clients");
        builder.HasKey(c => c.ClientId);
        builder.Property(c => c.ClientId).HasMaxLength(SystemClient.ClientIdMaxLength);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.SecretHash).HasMaxLength(32);
        builder.Property(c => c.Scopes).HasMaxLength(500);
        builder.Ignore(c => c.ScopeList);
    }
}

internal sealed class PortalSyncConfiguration : IEntityTypeConfiguration<PortalSync>
{
    public void Configure(EntityTypeBuilder<PortalSync> builder)
    {
        builder.ToTable("integration_portal_sync");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(PortalSync.CodeMaxLength);
        builder.Property(s => s.Origin).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.PortalDossierId).HasMaxLength(PortalSync.PortalIdMaxLength);
        builder.HasIndex(s => s.PortalDossierId).IsUnique();
        builder.Property(s => s.LastError).HasMaxLength(PortalSync.ErrorMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.NeedsCreateOnPortal);
    }
}
