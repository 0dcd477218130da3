using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Files;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;
using MotCua.Reporting.Domain.Periods;
using MotCua.Reporting.Domain.Statutory;

namespace MotCua.Reporting.Features.StatutoryReport;

public sealed record ReportRunView(
    Guid Id,
    Guid UnitId,
    string UnitName,
    ReportPeriodKind Kind,
    int? Year,
    DateOnly From,
    DateOnly To,
    ReportRunState State,
    int Progress,
    string? FileName,
    long? FileLength,
    string? Error,
    DateTime RequestedAtUtc,
    DateTime? FinishedAtUtc)
{
    public string StatusUrl => $"/api/v1/reports/bieu-06/runs/{Id}";

    public string? DownloadUrl => State == ReportRunState.Done ? $"/api/v1/reports/bieu-06/runs/{Id}/file" : null;

    internal static ReportRunView Of(ReportRun run) => new(
        run.Id, run.UnitId, run.UnitName, run.Kind, run.Year, run.From, run.To, run.State, run.Progress, run.FileName, run.FileLength,
        run.Error, run.RequestedAtUtc, run.FinishedAtUtc);
}

/// <summary>The message that starts a background run; the run row holds everything else.</summary>
public sealed record B06RunMessage(Guid RunId);

/// <summary>
/// Background generation of Biểu 06 for large requests. "Large" (a local decision): a window longer than a quarter
/// (more than 92 days: 6 months, 9 months, a year, a long custom range) or a province-wide report — the ones that
/// aggregate the most facts and produce the longest workbooks; a quarter of an agency, district or commune is answered
/// at once.
/// </summary>
internal sealed class B06RunsHandler(
    DbContext db,
    B06ReportHandler reports,
    Outbox outbox,
    IFileStore files,
    BusinessClock clock,
    IStringLocalizer<StatutoryText> text)
{
    public const string Topic = "reporting.bieu-06-run";
    public const int LargeDays = 92;

    public static bool IsLarge(B06Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Period.Days > LargeDays || target.Unit.Kind == UnitKind.Province;
    }

    public async Task<Result<ReportRunView>> RequestAsync(ClaimsPrincipal user, B06Request request, CancellationToken cancellationToken)
    {
        var target = await reports.ResolveAsync(user, request, cancellationToken);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        var (unit, period) = target.Value;
        var run = ReportRun.Request(Guid.CreateVersion7(), user.Identity?.Name ?? string.Empty, unit.Id, unit.Path, unit.Name, period, clock.UtcNow);
        db.Add(run);
        outbox.Enqueue(db, Topic, run.Id.ToString(), new B06RunMessage(run.Id));
        await db.SaveChangesAsync(cancellationToken);
        return ReportRunView.Of(run);
    }

    /// <summary>The reader's own runs, newest first.</summary>
    public async Task<IReadOnlyList<ReportRunView>> ListAsync(ClaimsPrincipal user, int limit, CancellationToken cancellationToken)
    {
        var name = user.Identity?.Name ?? string.Empty;
        var runs = await db.Set<ReportRun>().AsNoTracking()
            .Where(r => r.RequestedBy == name)
            .OrderByDescending(r => r.RequestedAtUtc).ThenByDescending(r => r.Id)
            .Take(Math.Clamp(limit, 1, 100))
            .ToListAsync(cancellationToken);
        return [.. runs.Select(ReportRunView.Of)];
    }

    /// <summary>A run the reader may see: one they asked for, or one of a unit they cover; 404 otherwise, so ids reveal nothing.</summary>
    public async Task<Result<ReportRunView>> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var run = await VisibleAsync(user, id, cancellationToken);
        return run is null ? Error.NotFound("report-run-not-found", text["Error.RunNotFound"]) : ReportRunView.Of(run);
    }

    public async Task<Result<(Stream Content, string FileName)>> OpenAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var run = await VisibleAsync(user, id, cancellationToken);
        if (run is null)
        {
            return Error.NotFound("report-run-not-found", text["Error.RunNotFound"]);
        }

        if (run.State != ReportRunState.Done || run.FileKey is null)
        {
            return Error.Conflict("report-run-not-ready", text["Error.RunNotReady"]);
        }

        var content = await files.OpenAsync(run.FileKey, cancellationToken);
        return content is null
            ? Error.NotFound("report-file-missing", text["Error.FileMissing"])
            : (content, run.FileName ?? "bieu-06.xlsx");
    }

    private async Task<ReportRun?> VisibleAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var run = await db.Set<ReportRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var name = user.Identity?.Name;
        // Both the requester and the unit's scope: a requester moved to another unit no longer sees its reports.
        return run is not null && run.RequestedBy == name && user.Covers(run.UnitPath) ? run : null;
    }
}

/// <summary>
/// Generates a requested workbook: counts, writes the XLSX to a temporary file, stores it in the file store, and
/// records progress on the run as it goes. Delivery through the outbox means retries with back-off and survival of
/// restarts; a run already done is not generated twice.
/// </summary>
internal sealed class B06RunSubscriber(
    DbContext db,
    B06ReportHandler reports,
    B06Xlsx xlsx,
    IOrganisationDirectory organisation,
    IWorkingCalendarSource calendars,
    IOptions<ReportPeriodOptions> options,
    IFileStore files,
    BusinessClock clock) : IOutboxSubscriber
{
    public async Task DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = message.Payload<B06RunMessage>().RunId;
        var run = await db.Set<ReportRun>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null || run.State == ReportRunState.Done)
        {
            return;
        }

        run.Start();
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var unit = await organisation.FindAsync(run.UnitId, cancellationToken)
                ?? throw new InvalidOperationException($"Unit {run.UnitId} of report run {run.Id} no longer exists.");
            var period = run.Kind == ReportPeriodKind.Custom
                ? ReportPeriods.Custom(run.From, run.To)
                : new ReportPeriods(options.Value, await calendars.GetAsync(cancellationToken)).Of(run.Kind, run.Year!.Value);
            await ProgressAsync(run.Id, 10, cancellationToken);
            var report = await reports.CountAsync(new B06Target(unit, period), cancellationToken);
            await ProgressAsync(run.Id, 60, cancellationToken);

            var path = Path.GetTempFileName();
            await using var buffer = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            xlsx.Write(report, buffer);
            await ProgressAsync(run.Id, 90, cancellationToken);
            buffer.Position = 0;
            var stored = await files.SaveAsync("reporting/bieu-06", B06Xlsx.FileName(report), B06Xlsx.ContentType, buffer, cancellationToken);
            run.Finish(stored.Key, stored.FileName, stored.Length, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            await db.Set<ReportRun>().Where(r => r.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.State, ReportRunState.Failed)
                    .SetProperty(r => r.Error, exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message)
                    .SetProperty(r => r.FinishedAtUtc, clock.UtcNow),
                CancellationToken.None);
            throw;
        }
    }

    private Task<int> ProgressAsync(Guid id, int percent, CancellationToken cancellationToken) =>
        db.Set<ReportRun>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, percent), cancellationToken);
}
