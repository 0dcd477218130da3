using MotCua.Administration.Contracts;
using MotCua.Dossiers.Domain;

namespace MotCua.Dossiers.Features;

/// <summary>The working calendar (holidays, swaps, make-up days) and the office hours a unit counts legal time with (DOMAIN A3, A4).</summary>
internal sealed class LegalTimeSource(IWorkingCalendarSource calendars)
{
    public async Task<LegalTime> ForUnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        new(await calendars.GetAsync(cancellationToken), calendars.OfficeHoursFor(unitId));
}
