using Microsoft.Extensions.Logging;
using Quartz;

namespace MotCua.Reporting.Features.DeadlineAlerts;

/// <summary>
/// The scheduled run (Quartz.NET). In a cluster only one node fires each trigger, and the job is not run twice at once;
/// the alerts' unique key is what makes a repeated run harmless anyway.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class DeadlineAlertsJob(RaiseDeadlineAlertsHandler handler, ILogger<DeadlineAlertsJob> logger) : IJob
{
    public static readonly JobKey Key = new("deadline-alerts", "reporting");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var run = await handler.RunAsync(cancellationToken);
        Log(logger, run.Day, run.WorkingDay, run.DueSoonDossiers, run.OverdueDossiers, run.AlertsRaised, run.EmailsQueued);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline alerts for {Day} (working day: {WorkingDay}): {DueSoon} due soon, {Overdue} overdue, {Raised} new alerts, {Emails} e-mails queued")]
    private static partial void Log(ILogger logger, DateOnly day, bool workingDay, int dueSoon, int overdue, int raised, int emails);
}
