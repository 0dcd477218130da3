using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel.Outbox;
using MotCua.Reporting.Domain.Index766;
using MotCua.Reporting.Features.Dashboard;
using MotCua.Reporting.Features.DeadlineAlerts;
using MotCua.Reporting.Features.DrillDown;
using MotCua.Reporting.Features.Facts;
using MotCua.Reporting.Features.FeedbackReport;
using MotCua.Reporting.Features.Index766;
using MotCua.Reporting.Features.Projection;
using MotCua.Reporting.Features.PublicStatistics;
using MotCua.Reporting.Features.Rollups;
using MotCua.Reporting.Features.StatutoryReport;

namespace MotCua.Reporting;

/// <summary>
/// Monitoring: the dossier projection, the 766 index, statutory periodic reports, dashboards and overdue alerts (issue 5).
/// It reads the other modules only through their contracts and owns the <c>reporting_</c> tables.
/// </summary>
public static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(ReportingModule).Assembly);
        services.AddScoped<DossierFactProjector>();
        services.AddScoped<RollupStore>();
        services.AddScoped<RollupReader>();
        services.AddScoped<FactCounter>();
        services.AddScoped<DrillDownHandler>();
        services.AddFactMeasures(BaseMeasures.All);
        // Every topic that changes a reported fact, keyed by dossier code, under ONE subscriber name delivered in order per
        // key: two refreshes of a dossier never run at once, so an earlier, staler read can never overwrite a later one.
        foreach (var topic in DossierFactSubscriber.Topics)
        {
            services.AddOutboxSubscriber<DossierFactSubscriber>(DossierFactSubscriber.Name, topic, inOrderPerKey: true);
        }
        StatutorySetup.Add(services);
        services.AddFactMeasures(Index766Measures.All);
        services.AddScoped<Index766Handler>();
        services.AddOptions<GradeOptions>().BindConfiguration(GradeOptions.Section);
        services.AddFactMeasures(DashboardMeasures.All);
        services.AddFactMeasure<DueSoonMeasure>();
        services.AddScoped<ShowDashboardHandler>();
        DeadlineAlertsSetup.Add(services, configuration);
        services.AddFactMeasures([ShowPublicStatisticsHandler.ResolvedOnTime]);
        services.AddScoped<ShowPublicStatisticsHandler>();
        services.AddScoped<FeedbackReportHandler>();
        services.AddScoped<FeedbackReportXlsx>();
        return services;
    }

    /// <summary>Runs at start, after the migrations: fills the rollups if an upgrade just created them.</summary>
    public static Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<RollupStore>().EnsureBuiltAsync(cancellationToken);

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingModule).Assembly);

    public static IEndpointRouteBuilder MapReportingModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Báo cáo, thống kê");
        DrillDownEndpoint.Map(api);
        StatutorySetup.Map(app);
        Index766Endpoint.Map(api);
        DashboardEndpoint.Map(api);
        DeadlineAlertsSetup.Map(api);
        PublicStatisticsEndpoints.Map(api);
        return app;
    }
}
