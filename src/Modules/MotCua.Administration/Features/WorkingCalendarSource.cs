using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Kernel.Calendar;

namespace MotCua.Administration.Features;

/// <summary>
/// Builds the calendar once and keeps it in memory: every deadline asks for it, and it changes a few times a year.
/// A change made through this instance drops it at once; a change made through another instance is seen after
/// <see cref="MaxAge"/>.
/// </summary>
internal sealed class WorkingCalendarSource(IServiceScopeFactory scopes, TimeProvider time) : IWorkingCalendarSource
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private (Task<WorkingCalendar> Calendar, DateTimeOffset BuiltAt)? _cached;

    public Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_cached is not { } entry || now - entry.BuiltAt >= MaxAge || entry.Calendar.IsFaulted || entry.Calendar.IsCanceled)
            {
                // Not tied to the caller's token: every request waiting for the calendar shares the one build.
                entry = (BuildAsync(), now);
                _cached = entry;
            }

            return entry.Calendar.WaitAsync(cancellationToken);
        }
    }

    public OfficeHours OfficeHoursFor(Guid unitId) => OfficeHours.Default;

    public void Invalidate()
    {
        lock (_gate)
        {
            _cached = null;
        }
    }

    private async Task<WorkingCalendar> BuildAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var from = new DateOnly(IWorkingCalendarSource.FromYear, 1, 1);
        var to = new DateOnly(IWorkingCalendarSource.ToYear, 12, 31);
        var changes = await db.Set<CalendarOverride>().AsNoTracking()
            .Where(d => d.Date >= from && d.Date <= to)
            .ToListAsync();
        return WorkingCalendar.ForVietnam(changes.Select(c => c.ToCalendarDay()), IWorkingCalendarSource.FromYear, IWorkingCalendarSource.ToYear);
    }
}
