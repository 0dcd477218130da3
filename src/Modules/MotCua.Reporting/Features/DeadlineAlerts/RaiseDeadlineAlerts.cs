using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Outbox;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Dashboard;
using MotCua.Reporting.Features.Facts;

namespace MotCua.Reporting.Features.DeadlineAlerts;

/// <summary>What one run did: the local day, whether the calendar made it a day off, and what it raised.</summary>
public sealed record DeadlineAlertRun(DateOnly Day, bool WorkingDay, int DueSoonDossiers, int OverdueDossiers, int AlertsRaised, int EmailsQueued);

/// <summary>The outbox payload asking for one member of staff's e-mail of one day's new alerts.</summary>
public sealed record DeadlineAlertEmail(string Recipient, DateOnly Day);

/// <summary>
/// Warns the assignee and the unit's leaders of every open dossier due within one working day or already overdue, once
/// per dossier, recipient, kind and local day. The dossiers are those the dashboard's "overdue" and "due soon" figures
/// count at this instant (same measures), so a warning and the figure it explains cannot disagree. New alerts and the
/// outbox messages that e-mail them are written in one transaction; a concurrent run that got there first makes this
/// one re-read and skip what already exists.
/// </summary>
internal sealed class RaiseDeadlineAlertsHandler(
    DbContext db, FactMeasures measures, IStaffDirectory staff, IWorkingCalendarSource calendars, Outbox outbox, TimeProvider time)
{
    public const string EmailTopic = "reporting.deadline-alert-email";

    private const int Attempts = 3;

    public async Task<DeadlineAlertRun> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ReportWindows.LocalDay(now);
        var calendar = await calendars.GetAsync(cancellationToken);
        if (!calendar.IsWorkingDay(today))
        {
            return new DeadlineAlertRun(today, false, 0, 0, 0, 0);
        }

        // A window ending now: AsOf = now, as for the dashboard's current period.
        var window = ReportWindows.Of(today, today, now);
        var dueSoon = await OpenAsync(Measure(DueSoonMeasure.MeasureKey), window, cancellationToken);
        var overdue = await OpenAsync(BaseMeasures.Overdue, window, cancellationToken);
        var wanted = new List<DeadlineAlert>();
        var leaders = new Dictionary<string, IReadOnlyList<StaffMember>>(StringComparer.Ordinal);
        foreach (var (kind, facts) in new[] { (DeadlineAlertKind.DueSoon, dueSoon), (DeadlineAlertKind.Overdue, overdue) })
        {
            foreach (var fact in facts)
            {
                if (!leaders.TryGetValue(fact.ProcessingUnitPath, out var unitLeaders))
                {
                    unitLeaders = await staff.ActiveLeadersAsync(fact.ProcessingUnitPath, cancellationToken);
                    leaders[fact.ProcessingUnitPath] = unitLeaders;
                }

                var recipients = new Dictionary<string, AlertRecipientRole>(StringComparer.OrdinalIgnoreCase);
                if (!string.IsNullOrWhiteSpace(fact.HandlingOfficer))
                {
                    recipients[fact.HandlingOfficer] = AlertRecipientRole.Assignee;
                }

                foreach (var leader in unitLeaders)
                {
                    recipients.TryAdd(leader.Email, AlertRecipientRole.Leader);
                }

                wanted.AddRange(recipients.Select(r => new DeadlineAlert(
                    fact.DossierId, fact.Code, fact.ProcedureCode, fact.ProcessingUnitPath, fact.DueAtUtc, r.Key, r.Value, kind, today, now)));
            }
        }

        var (raised, emails) = await SaveNewAsync(wanted, today, cancellationToken);
        return new DeadlineAlertRun(today, true, dueSoon.Count, overdue.Count, raised, emails);
    }

    private IFactMeasure Measure(string key) =>
        measures.Find(key) ?? throw new InvalidOperationException($"Measure {key} is not registered.");

    private async Task<List<OpenDossier>> OpenAsync(IFactMeasure measure, ReportWindow window, CancellationToken cancellationToken) =>
        await db.Set<DossierFact>().AsNoTracking().Where(measure.Predicate(window))
            .Select(f => new OpenDossier(f.DossierId, f.Code, f.ProcedureCode, f.ProcessingUnitPath, f.DueAtUtc, f.HandlingOfficer))
            .ToListAsync(cancellationToken);

    private async Task<(int Raised, int Emails)> SaveNewAsync(List<DeadlineAlert> wanted, DateOnly today, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = (await db.Set<DeadlineAlert>().AsNoTracking()
                    .Where(a => a.LocalDay == today)
                    .Select(a => new { a.DossierId, a.Recipient, a.Kind })
                    .ToListAsync(cancellationToken))
                .Select(a => (a.DossierId, a.Recipient.ToUpperInvariant(), a.Kind))
                .ToHashSet();
            var fresh = wanted.Where(a => !existing.Contains((a.DossierId, a.Recipient.ToUpperInvariant(), a.Kind))).ToList();
            if (fresh.Count == 0)
            {
                return (0, 0);
            }

            db.AddRange(fresh);
            var recipients = fresh.Select(a => a.Recipient).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var recipient in recipients)
            {
                outbox.Enqueue(db, EmailTopic, $"{recipient}|{today:yyyy-MM-dd}", new DeadlineAlertEmail(recipient, today));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (fresh.Count, recipients.Count);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another run saved some of the same alerts between our read and our write: start again from what is there.
                db.ChangeTracker.Clear();
            }
        }
    }

    private sealed record OpenDossier(Guid DossierId, string Code, string ProcedureCode, string ProcessingUnitPath, DateTime? DueAtUtc, string? HandlingOfficer);
}
