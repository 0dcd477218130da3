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
    }
}

/// <summary>The embedded default. Its own type so that its migrations are a set of their own.</summary>
public sealed class SqliteMotCuaDbContext(DbContextOptions<SqliteMotCuaDbContext> options) : MotCuaDbContext(options);

public sealed class PostgresMotCuaDbContext(DbContextOptions<PostgresMotCuaDbContext> options) : MotCuaDbContext(options);
