using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Dossiers.Contracts;
using MotCua.Integration.Features.AuthenticateSystemClients;
using MotCua.Integration.Features.ReceivePortalDossier;
using MotCua.Integration.Features.ReconcileNationalPortal;
using MotCua.Integration.Features.SyncToNationalPortal;
using MotCua.Kernel.Outbox;

namespace MotCua.Integration;

public static class IntegrationModule
{
    public static IServiceCollection AddIntegrationModule(this IServiceCollection services)
    {
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(IntegrationModule).Assembly);

        // Systems calling MotCua (ADR 0007).
        services.AddAuthentication()
            .AddScheme<SystemClientAuthenticationOptions, SystemClientAuthenticationHandler>(SystemClients.Scheme, "Hệ thống kết nối", null);
        services.AddAuthorizationBuilder()
            .AddPolicy(SystemClients.SubmitDossiersPolicy, p => p
                .AddAuthenticationSchemes(SystemClients.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(SystemClients.ScopeClaim, SystemClients.SubmitDossiersScope));
        services.AddHostedService<ProvisionPortalClient>();

        // The national portal (Cổng DVCQG): dossiers in, every state change out.
        services.AddOptions<NationalPortalOptions>().BindConfiguration(NationalPortalOptions.Section);
        services.AddSingleton<NationalPortalTokens>();
        services.AddHttpClient<NationalPortalClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<NationalPortalOptions>>().Value;
            if (options.BaseUrl is { } baseUrl)
            {
                // Relative paths resolve under the base only when it ends with a slash.
                http.BaseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
            }

            http.Timeout = TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds));
        });
        services.AddScoped<ReceivePortalDossierHandler>();
        services.AddScoped<Contracts.INationalSyncFacts, NationalSyncFacts>();
        services.AddOutboxSubscriber<SyncDossierToNationalPortal>(SyncDossierToNationalPortal.Name, DossierTopics.StateChanged, inOrderPerKey: true);
        services.AddScoped<NationalPortalReconciliation>();
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntegrationModule).Assembly);

    public static IEndpointRouteBuilder MapIntegrationModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Cổng DVCQG");
        ReceivePortalDossierEndpoint.Map(api);
        return app;
    }
}
