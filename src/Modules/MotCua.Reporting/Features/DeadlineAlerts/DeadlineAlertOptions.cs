namespace MotCua.Reporting.Features.DeadlineAlerts;

/// <summary>Configuration section "Reporting:DeadlineAlerts".</summary>
public sealed class DeadlineAlertOptions
{
    public const string Section = "Reporting:DeadlineAlerts";

    /// <summary>False leaves the job unscheduled (the alerts can still be raised by the handler).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Quartz cron expression in Asia/Ho_Chi_Minh time. Monday to Saturday at 07:30: a Saturday the calendar makes a
    /// working day (làm bù) gets its alerts, and the handler itself skips any day the calendar says is not worked.
    /// </summary>
    public string Schedule { get; set; } = "0 30 7 ? * MON-SAT";

    /// <summary>Where the e-mails' links point (the staff pages).</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080/");
}
