using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Outbox;
using MotCua.Payments.Contracts;
using MotCua.Payments.Features;
using MotCua.Payments.Features.ClaimExemption;
using MotCua.Payments.Features.NotifyDossier;
using MotCua.Payments.Features.Reconcile;
using MotCua.Payments.Features.RequestPayment;
using MotCua.Payments.Features.SettlePayment;
using MotCua.Payments.Features.ShowPayment;
using MotCua.Payments.Features.ShowReceipt;
using MotCua.Payments.Gateway;

namespace MotCua.Payments;

public static class PaymentsModule
{
    public static IServiceCollection AddPaymentsModule(this IServiceCollection services)
    {
        // The module's pages live in this assembly (a Razor class library).
        services.AddRazorPages().AddApplicationPart(typeof(PaymentsModule).Assembly);
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section);
        services.AddHttpClient<PaymentGatewayClient>((provider, http) =>
            http.Timeout = TimeSpan.FromSeconds(Math.Max(1, provider.GetRequiredService<IOptions<GatewayOptions>>().Value.TimeoutSeconds)));
        services.AddAuthorizationBuilder()
            .AddPolicy(PaymentPolicies.Reconciliation, p => p
                .RequireClaim(StaffScope.UnitIdClaim)
                .RequireRole(StaffRoles.SystemAdmin, StaffRoles.AgencyLeader, StaffRoles.DepartmentLeader));
        services.AddScoped<PaymentAccess>();
        services.AddScoped<FeeSchedule>();
        services.AddScoped<ShowPaymentHandler>();
        services.AddScoped<ClaimExemptionHandler>();
        services.AddScoped<RequestPaymentHandler>();
        services.AddScoped<PaymentSettler>();
        services.AddScoped<ReceiveCallbackHandler>();
        services.AddScoped<QueryStatusHandler>();
        services.AddScoped<ShowReceiptHandler>();
        services.AddScoped<ReconcileHandler>();
        services.AddOutboxSubscriber<DossierPaymentSubscriber>(DossierPaymentSubscriber.Name, PaymentTopics.Paid, inOrderPerKey: true);
        return services;
    }

    public static void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PaymentsModule).Assembly);

    public static IEndpointRouteBuilder MapPaymentsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Thanh toán trực tuyến");
        ReceiveCallbackEndpoint.Map(api);
        QueryStatusEndpoint.Map(api);
        ReconcileEndpoint.Map(api);
        return app;
    }
}
