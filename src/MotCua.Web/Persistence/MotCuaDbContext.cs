using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration;
using MotCua.Administration.Domain;
using MotCua.Catalog;
using MotCua.Dossiers;
using MotCua.Engagement;
using MotCua.Integration;
using MotCua.Kernel;
using MotCua.Kernel.Persistence;
using MotCua.Payments;
using MotCua.Reporting;

namespace MotCua.Web.Persistence;

/// <summary>
/// The one database context, assembled from each module's configurations (ADR 0002). Modules see it only as
/// <see cref="DbContext"/> and reach their own tables through <c>Set&lt;T&gt;()</c>.
/// </summary>
public abstract class MotCuaDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        KernelModule.ConfigureModel(builder);
        AdministrationModule.ConfigureModel(builder);
        CatalogModule.ConfigureModel(builder);
        DossiersModule.ConfigureModel(builder);
        PaymentsModule.ConfigureModel(builder);
        EngagementModule.ConfigureModel(builder);
        IntegrationModule.ConfigureModel(builder);
        ReportingModule.ConfigureModel(builder);
        MaterializedPaths.ApplyOrdinalCollation(builder, OrdinalCollation);
    }

    /// <summary>The collation that sorts text byte-wise, when the provider's default does not.</summary>
    protected virtual string? OrdinalCollation => null;
}

/// <summary>The embedded default. Its own type so that its migrations are a set of their own.</summary>
public sealed class SqliteMotCuaDbContext(DbContextOptions<SqliteMotCuaDbContext> options) : MotCuaDbContext(options);

public sealed class PostgresMotCuaDbContext(DbContextOptions<PostgresMotCuaDbContext> options) : MotCuaDbContext(options)
{
    // A database created with a linguistic locale (en_US, vi_VN) would sort "/" among letters.
    protected override string? OrdinalCollation => "C";
}
