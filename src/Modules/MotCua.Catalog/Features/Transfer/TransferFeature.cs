using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel;

namespace MotCua.Catalog.Features.Transfer;

internal static class TransferFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ImportCatalogHandler>();
        services.AddScoped<ExportCatalogHandler>();
        services.AddScoped<IDemoDataSeeder, CatalogDemoData>();
    }

    public static void Map(RouteGroupBuilder api) => TransferEndpoints.Map(api);
}
