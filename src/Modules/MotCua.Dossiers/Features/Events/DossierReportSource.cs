using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;

namespace MotCua.Dossiers.Features.Events;

internal sealed class DossierReportSource(DbContext db, LegalTimeSource legalTime) : IDossierReportSource
{
    public async Task<IReadOnlyList<DossierReportRow>> ReadAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var dossiers = await db.Set<Dossier>().AsNoTracking().AsSplitQuery().Where(d => codes.Contains(d.Code)).ToListAsync(cancellationToken);
        return await RowsAsync(dossiers, cancellationToken);
    }

    public async Task<IReadOnlyList<DossierReportRow>> ReadPageAsync(Guid? afterId, int size, CancellationToken cancellationToken)
    {
        var query = db.Set<Dossier>().AsNoTracking().AsSplitQuery();
        if (afterId is { } after)
        {
            query = query.Where(d => d.Id.CompareTo(after) > 0);
        }

        var dossiers = await query.OrderBy(d => d.Id).Take(size).ToListAsync(cancellationToken);
        return await RowsAsync(dossiers, cancellationToken);
    }

    private async Task<IReadOnlyList<DossierReportRow>> RowsAsync(List<Dossier> dossiers, CancellationToken cancellationToken)
    {
        var times = new Dictionary<Guid, LegalTime>();
        var rows = new List<DossierReportRow>(dossiers.Count);
        foreach (var dossier in dossiers)
        {
            if (!times.TryGetValue(dossier.ProcessingUnitId, out var time))
            {
                time = await legalTime.ForUnitAsync(dossier.ProcessingUnitId, cancellationToken);
                times[dossier.ProcessingUnitId] = time;
            }

            rows.Add(Row(dossier, time));
        }

        return rows;
    }

    private static DossierReportRow Row(Dossier d, LegalTime time)
    {
        var openSupplement = d.State == DossierState.AwaitingSupplement
            ? d.Supplements.Where(s => s.CompletedAtUtc is null).MaxBy(s => s.Sequence)?.RequestedAtUtc
            : null;
        return new DossierReportRow(
            d.Id, d.Code, d.ProcessingUnitId, d.ProcessingUnitPath, d.DeskUnitPath, d.ProcedureId, d.ProcedureVersionId, d.ProcedureCode,
            (int)d.Channel, d.State.ToString(), (int)d.Status, d.SubmittedAtUtc, d.ReceivedAtUtc, d.AppointmentAtUtc, d.ProcessingEndedAtUtc,
            d.Timeliness, d.LateBySecondSupplement, d.Supplements.Count(s => s.Stage == SupplementStage.Processing), openSupplement,
            ProcessingWorkingDays(d, time),
            d.Steps.Where(s => s.Assignee is not null).MaxBy(s => s.Sequence)?.Assignee,
            d.OnlinePaymentPlatform,
            d.Result?.File is not null,
            d.Components.Count > 0 && d.Components.All(c => c.File is not null),
            d.Components.Any(c => c.ReusedFromWallet),
            d.IdentityVerifiedWithVneid,
            d.IsDemo,
            d.Version);
    }

    /// <summary>
    /// Working time from receipt to the end of processing, less the time paused for supplementation or a financial
    /// obligation (the public statistics' "real" processing time), in working days of the unit's office hours.
    /// </summary>
    private static double? ProcessingWorkingDays(Dossier d, LegalTime time)
    {
        if (d.ReceivedAtUtc is not { } received || d.ProcessingEndedAtUtc is not { } ended)
        {
            return null;
        }

        var hours = Hours(received, ended, time);
        foreach (var supplement in d.Supplements.Where(s => s.Stage == SupplementStage.Processing))
        {
            hours -= Hours(supplement.RequestedAtUtc, supplement.CompletedAtUtc ?? ended, time);
        }

        foreach (var pause in d.Pauses)
        {
            hours -= Hours(pause.StartedAtUtc, pause.EndedAtUtc ?? ended, time);
        }

        return (double)Math.Round(Math.Max(0, hours) / time.Office.HoursPerDay, 2);
    }

    private static decimal Hours(DateTime fromUtc, DateTime toUtc, LegalTime time) =>
        toUtc <= fromUtc ? 0 : time.Calendar.WorkingHoursBetween(Instant(fromUtc), Instant(toUtc), time.Office);

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
