using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Features.PrintForms;
using MotCua.Dossiers.Features.TrackingBook;

namespace MotCua.Dossiers.Features;

/// <summary>The read side of the desk and back-office pages: dossier loading in scope, urgency time, the tracking book.</summary>
internal static class DeskFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<StaffDossierReader>();
        services.AddScoped<TrackingBookHandler>();
    }
}
