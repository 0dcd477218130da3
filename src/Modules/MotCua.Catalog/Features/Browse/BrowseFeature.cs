using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Catalog.Features.Browse;

/// <summary>The public side of the catalog: search, procedure pages, forms and the one-stop desk's publicity list.</summary>
internal static class BrowseFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<SearchProceduresHandler>();
        services.AddScoped<GetProcedureHandler>();
        services.AddScoped<DownloadFormHandler>();
        services.AddScoped<ListFieldsHandler>();
        services.AddScoped<ListPublicityHandler>();
        services.AddScoped<BrowseFormat>();
    }

    public static void Map(RouteGroupBuilder api) => BrowseEndpoints.Map(api);
}
