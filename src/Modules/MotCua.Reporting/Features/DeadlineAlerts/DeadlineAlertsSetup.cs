using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Persistence;
using MotCua.Kernel.Time;
using Quartz;

namespace MotCua.Reporting.Features.DeadlineAlerts;

/// <summary>
/// The deadline alerts: the handler, its Quartz.NET schedule, the e-mail subscriber and the staff page. On PostgreSQL the
/// scheduler keeps its state in the qrtz_ tables (created by a migration from Quartz's own schema) and runs clustered,
/// so several app instances fire each run once; on SQLite (one embedded instance) it keeps it in memory.
/// </summary>
internal static class DeadlineAlertsSetup
{
    public const string EmailSubscriber = "reporting.deadline-alerts.email";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeadlineAlertOptions>().BindConfiguration(DeadlineAlertOptions.Section);
        services.AddScoped<RaiseDeadlineAlertsHandler>();
        services.AddScoped<ListMyAlertsHandler>();
        services.AddOutboxSubscriber<DeadlineAlertEmailSubscriber>(EmailSubscriber, RaiseDeadlineAlertsHandler.EmailTopic);

        var postgres = DatabaseProviders.From(configuration) == DatabaseProvider.Postgres;
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceName = "motcua");
            if (postgres)
            {
                quartz.ConfigureScheduler(s => s.GenerateInstanceId = true);
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(data => data.ConnectionStringName = "MotCua");
                    store.ConfigureStore(o => o.TablePrefix = "qrtz_");
                    store.UseClustering(_ => { });
                });
            }
            else
            {
                quartz.UseInMemoryStore(_ => { });
            }

            quartz.ScheduleJob<DeadlineAlertsJob>(
                (provider, trigger) => trigger
                    .WithIdentity("deadline-alerts.daily", "reporting")
                    .WithCronSchedule(provider.GetRequiredService<IOptions<DeadlineAlertOptions>>().Value.Schedule, cron => cron.InTimeZone(BusinessClock.Zone)),
                (_, job) => job.WithIdentity(DeadlineAlertsJob.Key).WithDescription("Cảnh báo hồ sơ sắp đến hạn và quá hạn"));
        });
        if (configuration.GetValue(DeadlineAlertOptions.Section + ":" + nameof(DeadlineAlertOptions.Enabled), true))
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
    }

    public static void Map(IEndpointRouteBuilder api) => MyAlertsEndpoint.Map(api);
}
