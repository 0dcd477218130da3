using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Reporting.Domain.Statutory;

namespace MotCua.Reporting.Persistence;

internal sealed class ReportRunConfiguration : IEntityTypeConfiguration<ReportRun>
{
    public void Configure(EntityTypeBuilder<ReportRun> builder)
    {
        builder.ToTable("reporting_report_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.UnitPath).HasMaxLength(512);
        builder.Property(r => r.UnitName).HasMaxLength(256);
        builder.Property(r => r.FileKey).HasMaxLength(512);
        builder.Property(r => r.FileName).HasMaxLength(256);
        builder.Property(r => r.Error).HasMaxLength(1000);

        // A person's runs, newest first.
        builder.HasIndex(r => new { r.RequestedBy, r.RequestedAtUtc });
    }
}
