using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Reporting.Features.Facts;
using MotCua.Reporting.Features.StatutoryReport;

namespace MotCua.Reporting;

/// <summary>
/// Monitoring: the dossier projection, the 766 index, statutory periodic reports, dashboards and overdue alerts (issue 5).
/// It reads the other modules only through their contracts and owns the <c>reporting_</c> tables.
/// </summary>
public static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services)
    {
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(ReportingModule).Assembly);
        services.AddScoped<FactCounter>();
        StatutorySetup.Add(services);
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingModule).Assembly);

    public static IEndpointRouteBuilder MapReportingModule(this IEndpointRouteBuilder app)
    {
        StatutorySetup.Map(app);
        return app;
    }
}
