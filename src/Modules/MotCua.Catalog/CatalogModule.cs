using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Catalog.Contracts;
using MotCua.Catalog.Features.Browse;
using MotCua.Catalog.Features.Edit;
using MotCua.Catalog.Features.Intake;
using MotCua.Catalog.Features.Transfer;

namespace MotCua.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalogModule(this IServiceCollection services)
    {
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(CatalogModule).Assembly);
        BrowseFeature.Add(services);
        EditFeature.Add(services);
        TransferFeature.Add(services);
        services.AddScoped<IProcedureCatalog, ProcedureCatalog>();
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogModule).Assembly);

    public static IEndpointRouteBuilder MapCatalogModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Thủ tục hành chính");
        BrowseFeature.Map(api);
        EditFeature.Map(api);
        TransferFeature.Map(api);
        return app;
    }
}
