using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Catalog.Features.Edit.CreateProcedure;
using MotCua.Catalog.Features.Edit.DefineInternalProcess;
using MotCua.Catalog.Features.Edit.ListManagedProcedures;
using MotCua.Catalog.Features.Edit.ListVersions;
using MotCua.Catalog.Features.Edit.PublishProcedure;
using MotCua.Catalog.Features.Edit.RetireProcedure;
using MotCua.Catalog.Features.Edit.SaveDraft;

namespace MotCua.Catalog.Features.Edit;

/// <summary>The staff side of the catalog: drafting, publishing and retiring procedures, and their internal processes.</summary>
internal static class EditFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<EditAccess>();
        services.AddScoped<CreateProcedureHandler>();
        services.AddScoped<SaveDraftHandler>();
        services.AddScoped<PublishProcedureHandler>();
        services.AddScoped<RetireProcedureHandler>();
        services.AddScoped<DefineInternalProcessHandler>();
        services.AddScoped<ListVersionsHandler>();
        services.AddScoped<ListManagedProceduresHandler>();
    }

    public static void Map(RouteGroupBuilder api)
    {
        CreateProcedureEndpoint.Map(api);
        SaveDraftEndpoint.Map(api);
        PublishProcedureEndpoint.Map(api);
        RetireProcedureEndpoint.Map(api);
        DefineInternalProcessEndpoint.Map(api);
        ListVersionsEndpoint.Map(api);
    }
}
