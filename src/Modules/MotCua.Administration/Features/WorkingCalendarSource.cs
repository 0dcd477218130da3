using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Kernel.Calendar;

namespace MotCua.Administration.Features;

/// <summary>
/// Builds the calendar and every unit's office hours once and keeps them in memory: every deadline asks for them, and
/// they change a few times a year. A change made through this instance drops them at once; a change made through
/// another instance is seen after <see cref="MaxAge"/>.
/// </summary>
internal sealed class WorkingCalendarSource(IServiceScopeFactory scopes, TimeProvider time) : IWorkingCalendarSource
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private (Task<LegalTime> Time, DateTimeOffset BuiltAt)? _cached;

    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Calendar;

    public async Task<OfficeHours> OfficeHoursForAsync(Guid unitId, CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).OfficeHours.GetValueOrDefault(unitId) ?? OfficeHours.Default;

    public void Invalidate()
    {
        lock (_gate)
        {
            _cached = null;
        }
    }

    private Task<LegalTime> CurrentAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_cached is not { } entry || now - entry.BuiltAt >= MaxAge || entry.Time.IsFaulted || entry.Time.IsCanceled)
            {
                // Not tied to the caller's token: every request waiting for the calendar shares the one build.
                entry = (BuildAsync(), now);
                _cached = entry;
            }

            return entry.Time.WaitAsync(cancellationToken);
        }
    }

    private async Task<LegalTime> BuildAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var from = new DateOnly(IWorkingCalendarSource.FromYear, 1, 1);
        var to = new DateOnly(IWorkingCalendarSource.ToYear, 12, 31);
        var changes = await db.Set<CalendarOverride>().AsNoTracking()
            .Where(d => d.Date >= from && d.Date <= to)
            .ToListAsync();
        var calendar = WorkingCalendar.ForVietnam(
            changes.Select(c => c.ToCalendarDay()), IWorkingCalendarSource.FromYear, IWorkingCalendarSource.ToYear);
        var units = await db.Set<OrganisationUnit>().AsNoTracking().ToListAsync();
        return new LegalTime(calendar, EffectiveOfficeHours(units));
    }

    /// <summary>Each unit's own hours, else those of the nearest unit above it that set some.</summary>
    internal static Dictionary<Guid, OfficeHours?> EffectiveOfficeHours(IReadOnlyCollection<OrganisationUnit> units)
    {
        var byId = units.ToDictionary(u => u.Id);
        var effective = new Dictionary<Guid, OfficeHours?>();
        foreach (var unit in units.OrderBy(u => u.Path.Length))
        {
            effective[unit.Id] = unit.OwnOfficeHours
                ?? (unit.ParentId is { } parent && byId.ContainsKey(parent) ? effective.GetValueOrDefault(parent) : null);
        }

        return effective;
    }

    private sealed record LegalTime(WorkingCalendar Calendar, Dictionary<Guid, OfficeHours?> OfficeHours);
}
