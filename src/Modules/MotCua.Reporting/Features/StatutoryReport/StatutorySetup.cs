using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel.Outbox;
using MotCua.Reporting.Domain.Periods;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>Statutory periodic reports (issue 5 §3; DOMAIN A9, B §4): periods, Biểu 06, its export and background runs.</summary>
internal static class StatutorySetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<ReportPeriodOptions>().BindConfiguration(ReportPeriodOptions.Section)
            .Validate(o => o.Problem() is null, "Reporting:Periods is invalid (cut-off day 1–28, due days 1–31, month offsets −11…11).")
            .ValidateOnStart();
        services.AddFactMeasure<B06Received>();
        services.AddFactMeasure<B06ReceivedOnline>();
        services.AddFactMeasure<B06ReceivedDirect>();
        services.AddFactMeasure<B06CarriedOver>();
        services.AddFactMeasure<B06Resolved>();
        services.AddFactMeasure<B06ResolvedEarly>();
        services.AddFactMeasure<B06ResolvedOnTime>();
        services.AddFactMeasure<B06ResolvedLate>();
        services.AddFactMeasure<B06InProgress>();
        services.AddFactMeasure<B06InProgressWithinTime>();
        services.AddFactMeasure<B06InProgressOverdue>();
        services.AddFactMeasure<B06Withdrawn>();
        services.AddFactMeasure<B06Stopped>();
        services.AddScoped<B06ReportHandler>();
        services.AddScoped<B06RunsHandler>();
        services.AddSingleton<B06Xlsx>();
        services.AddOutboxSubscriber<B06RunSubscriber>("reporting.bieu-06-generator", B06RunsHandler.Topic);
    }

    public static void Map(IEndpointRouteBuilder app) => B06Endpoints.Map(app);
}
