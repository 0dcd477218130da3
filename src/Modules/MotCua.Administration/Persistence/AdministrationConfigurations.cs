using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Administration.Domain;

using MotCua.Kernel.Persistence;

namespace MotCua.Administration.Persistence;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> builder)
    {
        builder.ToTable("admin_units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Code).HasMaxLength(OrganisationUnit.CodeMaxLength);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(OrganisationUnit.NameMaxLength);
        builder.Property(u => u.Path).HasMaxLength(512).IsMaterializedPath();
        builder.HasIndex(u => u.Path).IsUnique();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(u => u.OwnOfficeHours);
    }
}

internal sealed class OneStopDeskConfiguration : IEntityTypeConfiguration<OneStopDesk>
{
    public void Configure(EntityTypeBuilder<OneStopDesk> builder)
    {
        builder.ToTable("admin_desks");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(OrganisationUnit.CodeMaxLength);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(OrganisationUnit.NameMaxLength);
        builder.Property(d => d.Address).HasMaxLength(512);
        builder.Property(d => d.Phone).HasMaxLength(32);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(StaffUser.FullNameMaxLength);
        builder.Property(u => u.Title).HasMaxLength(128);
        builder.Property(u => u.SearchName).HasMaxLength(StaffUser.FullNameMaxLength);
        builder.HasIndex(u => new { u.SearchName, u.NormalizedEmail });
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal static class IdentityTables
{
    /// <summary>Identity's tables carry the module prefix like every other table.</summary>
    public static void Rename(ModelBuilder builder)
    {
        builder.Entity<StaffUser>().ToTable("admin_staff");
        builder.Entity<IdentityRole<Guid>>().ToTable("admin_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("admin_staff_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("admin_staff_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("admin_staff_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("admin_staff_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("admin_role_claims");
    }
}

internal sealed class CalendarOverrideConfiguration : IEntityTypeConfiguration<CalendarOverride>
{
    public void Configure(EntityTypeBuilder<CalendarOverride> builder)
    {
        builder.ToTable("admin_calendar_days");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Date).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Reason).HasMaxLength(CalendarOverride.ReasonMaxLength);
        builder.Property(d => d.Source).HasMaxLength(CalendarOverride.SourceMaxLength);
    }
}
