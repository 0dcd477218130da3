using MotCua.Kernel.Calendar;

namespace MotCua.Administration.Contracts;

/// <summary>
/// The working calendar every deadline is computed on: Labour Code defaults plus the official changes an administrator
/// has loaded (DOMAIN A4), for <see cref="FromYear"/>–<see cref="ToYear"/>; outside that range only weekends are off.
/// </summary>
public interface IWorkingCalendarSource
{
    const int FromYear = 2000;
    const int ToYear = 2100;

    Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken);

    /// <summary>The office sessions and intake cut-off of a unit (today every unit keeps the default hours).</summary>
    OfficeHours OfficeHoursFor(Guid unitId);
}
