using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Integration.Contracts;
using MotCua.Kernel.Outbox;
using MotCua.Payments.Contracts;
using MotCua.Reporting.Features.Dashboard;
using MotCua.Reporting.Features.DeadlineAlerts;
using MotCua.Reporting.Features.DrillDown;
using MotCua.Reporting.Features.Facts;
using MotCua.Reporting.Features.Projection;
using MotCua.Reporting.Features.PublicStatistics;

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
        services.AddScoped<FactCounter>();
        services.AddScoped<DrillDownHandler>();
        services.AddFactMeasures(BaseMeasures.All);
        services.AddFactMeasures(DashboardMeasures.All);
        services.AddFactMeasure<DueSoonMeasure>();
        services.AddScoped<ShowDashboardHandler>();
        DeadlineAlertsSetup.Add(services, configuration);
        services.AddFactMeasures([ShowPublicStatisticsHandler.ResolvedOnTime]);
        services.AddScoped<ShowPublicStatisticsHandler>();
        // Every topic that changes a reported fact, keyed by dossier code; the row is rebuilt whole, so order is free.
        services.AddOutboxSubscriber<DossierFactSubscriber>(ProjectionNames.DossierState, DossierTopics.StateChanged);
        services.AddOutboxSubscriber<DossierFactSubscriber>(ProjectionNames.Payment, PaymentTopics.Paid);
        services.AddOutboxSubscriber<DossierFactSubscriber>(ProjectionNames.Rating, SatisfactionTopics.Rated);
        services.AddOutboxSubscriber<DossierFactSubscriber>(ProjectionNames.NationalSync, NationalSyncTopics.FirstSynced);
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingModule).Assembly);

    public static IEndpointRouteBuilder MapReportingModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Báo cáo, thống kê");
        DrillDownEndpoint.Map(api);
        DashboardEndpoint.Map(api);
        DeadlineAlertsSetup.Map(api);
        PublicStatisticsEndpoints.Map(api);
        return app;
    }
}
