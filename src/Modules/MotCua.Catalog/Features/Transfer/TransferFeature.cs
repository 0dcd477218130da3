using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Catalog.Features.Transfer;

internal static class TransferFeature
{
    public static void Add(IServiceCollection services) => _ = services;

    public static void Map(RouteGroupBuilder api) => _ = api;
}
