using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Kernel.Persistence;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Domain.Rollups;

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
        // Two projections of one dossier at once would both subtract its old events from the rollups.
        builder.Property(f => f.ProjectedAtUtc).IsConcurrencyToken();
    }
}

internal sealed class UnitRollupConfiguration : IEntityTypeConfiguration<UnitRollup>
{
    public void Configure(EntityTypeBuilder<UnitRollup> builder)
    {
        builder.ToTable("reporting_unit_rollups");
        // The key is the read path: a few units' rows, one grain, a range of days.
        builder.HasKey(r => new { r.UnitPath, r.Grain, r.Start, r.Counter });
        RollupColumns.Configure(builder);
    }
}

internal sealed class ProcedureRollupConfiguration : IEntityTypeConfiguration<ProcedureRollup>
{
    public void Configure(EntityTypeBuilder<ProcedureRollup> builder)
    {
        builder.ToTable("reporting_procedure_rollups");
        builder.HasKey(r => new { r.UnitPath, r.Grain, r.Start, r.ProcedureCode, r.Counter });
        builder.Property(r => r.ProcedureCode).HasMaxLength(32);
        RollupColumns.Configure(builder);
    }
}

internal static class RollupColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : Rollup
    {
        builder.Property(r => r.UnitPath).HasMaxLength(512).IsMaterializedPath();
        builder.Property(r => r.Grain).HasConversion<int>();
        builder.Property(r => r.Counter).HasConversion<int>();
    }
}
