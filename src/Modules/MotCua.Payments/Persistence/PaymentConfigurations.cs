using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Payments.Domain;

namespace MotCua.Payments.Persistence;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payment_payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        // A callback and a status query settling one payment at once: the second save finds another version.
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.OrderId).HasMaxLength(32);
        builder.HasIndex(p => p.OrderId).IsUnique();
        builder.Property(p => p.DossierCode).HasMaxLength(64);
        builder.HasIndex(p => new { p.DossierCode, p.CreatedAtUtc });
        builder.Property(p => p.ProcedureCode).HasMaxLength(32);
        builder.Property(p => p.ProcedureName).HasMaxLength(1000);
        builder.Property(p => p.DeskUnitPath).HasMaxLength(512);
        builder.Property(p => p.PayerIdentifier).HasMaxLength(32);
        builder.Property(p => p.PayerName).HasMaxLength(256);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.SettledVia).HasMaxLength(16);
        builder.Property(p => p.GatewayTransactionId).HasMaxLength(64);
        builder.Property(p => p.ReceiptNumber).HasMaxLength(40);
        builder.HasIndex(p => p.ReceiptNumber).IsUnique();
        // Reconciliation reads one day of requests at a time.
        builder.HasIndex(p => p.CreatedAtUtc);
        builder.OwnsMany(p => p.Items, i =>
        {
            i.ToTable("payment_items");
            i.WithOwner().HasForeignKey("PaymentId");
            i.HasKey("PaymentId", nameof(PaymentItem.Number));
            i.Property(x => x.Number).ValueGeneratedNever();
            i.Property(x => x.Description).HasMaxLength(500);
            i.Property(x => x.Exemptions).HasMaxLength(1000);
            i.Ignore(x => x.AmountDong);
        });
    }
}

internal sealed class ExemptionClaimConfiguration : IEntityTypeConfiguration<ExemptionClaim>
{
    public void Configure(EntityTypeBuilder<ExemptionClaim> builder)
    {
        builder.ToTable("payment_exemption_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.DossierCode).HasMaxLength(64);
        builder.Property(c => c.ClaimedBy).HasMaxLength(32);
        builder.HasIndex(c => new { c.DossierCode, c.ProcedureVersionId, c.ItemNumber }).IsUnique();
    }
}
