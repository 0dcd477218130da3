using MotCua.Dossiers.Domain;
using MotCua.Kernel.Calendar;

namespace MotCua.Dossiers.Features;

/// <summary>
/// The working calendar and office hours a unit counts legal time with. Until the administration's calendar source
/// is merged, every unit counts on weekends only and the default office hours (DOMAIN A3, A4).
/// </summary>
internal sealed class LegalTimeSource
{
    private readonly LegalTime _everywhere = new(WorkingCalendar.WeekendsOnly, OfficeHours.Default);

    public Task<LegalTime> ForUnitAsync(Guid unitId, CancellationToken cancellationToken) => Task.FromResult(_everywhere);
}
