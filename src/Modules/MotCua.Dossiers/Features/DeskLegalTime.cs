using MotCua.Dossiers.Domain;
using MotCua.Kernel.Calendar;

namespace MotCua.Dossiers.Features;

/// <summary>The working calendar and office hours a dossier's times are counted in, for urgency on the desk pages.</summary>
internal sealed class DeskLegalTime
{
#pragma warning disable CA1822 // placeholder until the module publishes its calendar source
    public Task<LegalTime> ForAsync(Dossier dossier, CancellationToken cancellationToken) =>
        Task.FromResult(new LegalTime(WorkingCalendar.WeekendsOnly, OfficeHours.Default));
}
