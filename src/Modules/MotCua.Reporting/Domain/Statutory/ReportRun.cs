using MotCua.Reporting.Domain.Periods;

namespace MotCua.Reporting.Domain.Statutory;

public enum ReportRunState
{
    Queued = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
}

/// <summary>
/// A statutory report generated in the background (issue 5 §3: large ranges): who asked, for which unit and period,
/// how far it got, and the file it left in the file store. The request and the outbox message that starts the work are
/// written together, so a run survives restarts and is retried like any delivery.
/// </summary>
public sealed class ReportRun
{
    private ReportRun()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>User name of the staff member who asked; the list of runs shows each person their own.</summary>
    public string RequestedBy { get; private set; } = string.Empty;

    public Guid UnitId { get; private set; }

    /// <summary>The unit's path when asked: downloads are for staff who cover it (StaffScope.Covers).</summary>
    public string UnitPath { get; private set; } = string.Empty;

    public string UnitName { get; private set; } = string.Empty;

    public ReportPeriodKind Kind { get; private set; }

    public int? Year { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public ReportRunState State { get; private set; }

    /// <summary>Percent done, 0–100.</summary>
    public int Progress { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Key of the finished workbook in the kernel's file store.</summary>
    public string? FileKey { get; private set; }

    public string? FileName { get; private set; }

    public long? FileLength { get; private set; }

    public string? Error { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public static ReportRun Request(Guid id, string requestedBy, Guid unitId, string unitPath, string unitName, ReportPeriod period, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new ReportRun
        {
            Id = id,
            RequestedBy = requestedBy,
            UnitId = unitId,
            UnitPath = unitPath,
            UnitName = unitName,
            Kind = period.Kind,
            Year = period.Year,
            From = period.From,
            To = period.To,
            State = ReportRunState.Queued,
            RequestedAtUtc = nowUtc,
        };
    }

    public void Start()
    {
        State = ReportRunState.Running;
        Progress = 0;
        Error = null;
        Attempts++;
    }

    public void Finish(string fileKey, string fileName, long length, DateTime nowUtc)
    {
        State = ReportRunState.Done;
        Progress = 100;
        FileKey = fileKey;
        FileName = fileName;
        FileLength = length;
        FinishedAtUtc = nowUtc;
    }
}
