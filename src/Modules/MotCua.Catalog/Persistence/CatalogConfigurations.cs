using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Catalog.Domain;

namespace MotCua.Catalog.Persistence;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.ToTable("catalog_procedures");
        builder.HasKey(p => p.Id);
        // Identifiers are assigned by the domain; a version added to a tracked procedure must be inserted, not updated.
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(Procedure.CodeMaxLength);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.RetirementDecisionNumber).HasMaxLength(64);
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.Draft);
        builder.Ignore(p => p.LatestPublished);
    }
}

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> builder)
    {
        builder.ToTable("catalog_procedure_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.ProcedureId, v.Number }).IsUnique();
        builder.Property(v => v.Name).HasMaxLength(ProcedureContent.NameMaxLength);
        builder.Property(v => v.FieldCode).HasMaxLength(32);
        builder.Property(v => v.SearchText).HasMaxLength(600);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.OnlineLevel).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(v => v.Content);
        builder.HasIndex(v => new { v.Status, v.ImplementingUnitId });
        builder.HasIndex(v => v.FieldCode);
        // The public list is ordered by name and keyset-paged on it: the index lets a page seek instead of sorting the catalog.
        builder.HasIndex(v => v.Name);
        builder.OwnsOne(v => v.Decision, d =>
        {
            d.Property(x => x.Number).HasColumnName("decision_number").HasMaxLength(64);
            d.Property(x => x.SignedOn).HasColumnName("decision_signed_on");
            d.Property(x => x.Signer).HasColumnName("decision_signer").HasMaxLength(128);
            d.Property(x => x.EffectiveOn).HasColumnName("decision_effective_on");
        });
    }
}

internal sealed class ProcedureFieldConfiguration : IEntityTypeConfiguration<ProcedureField>
{
    public void Configure(EntityTypeBuilder<ProcedureField> builder)
    {
        builder.ToTable("catalog_fields");
        builder.HasKey(f => f.Code);
        builder.Property(f => f.Code).HasMaxLength(32);
        builder.Property(f => f.Name).HasMaxLength(256);
    }
}

internal sealed class InternalProcessConfiguration : IEntityTypeConfiguration<InternalProcess>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<InternalProcess> builder)
    {
        builder.ToTable("catalog_internal_processes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.ProcedureId, p.AgencyUnitId }).IsUnique();
        builder.Property(p => p.Steps)
            .HasConversion(
                steps => JsonSerializer.Serialize(steps, Json),
                json => JsonSerializer.Deserialize<List<ProcessStep>>(json, Json) ?? new List<ProcessStep>())
            .Metadata.SetValueComparer(new ValueComparer<List<ProcessStep>>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<List<ProcessStep>>(JsonSerializer.Serialize(v, Json), Json)!));
    }
}
