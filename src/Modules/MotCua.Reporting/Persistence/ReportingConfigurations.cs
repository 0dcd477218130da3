using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Kernel.Persistence;
using MotCua.Reporting.Domain;

namespace MotCua.Reporting.Persistence;

internal sealed class DossierFactConfiguration : IEntityTypeConfiguration<DossierFact>
{
    public void Configure(EntityTypeBuilder<DossierFact> builder)
    {
        builder.ToTable("reporting_dossier_facts");
        builder.HasKey(f => f.DossierId);
        builder.Property(f => f.DossierId).ValueGeneratedNever();
        builder.Property(f => f.Code).HasMaxLength(64);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.ProcessingUnitPath).HasMaxLength(512).IsMaterializedPath();
        builder.Property(f => f.DeskUnitPath).HasMaxLength(512);
        builder.Property(f => f.ProcedureCode).HasMaxLength(32);
        builder.Property(f => f.FieldCode).HasMaxLength(32);
        builder.Property(f => f.HandlingOfficer).HasMaxLength(256);
        // A unit's figures for a period: a prefix range on the path, then a range on the day.
        builder.HasIndex(f => new { f.ProcessingUnitPath, f.ReceivedOn });
        builder.HasIndex(f => new { f.ProcessingUnitPath, f.EndedOn });
        // Open dossiers by appointment: overdue and due-soon lists, "in progress" at a period's end.
        builder.HasIndex(f => new { f.Outcome, f.DueAtUtc });
        builder.HasIndex(f => new { f.ProcedureCode, f.ReceivedOn });
    }
}
