using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Features.AcceptDossier;
using MotCua.Dossiers.Features.ApologizeForDelay;
using MotCua.Dossiers.Features.ApproveDossier;
using MotCua.Dossiers.Features.AssignHandler;
using MotCua.Dossiers.Features.CitizenPortal;
using MotCua.Dossiers.Features.CompleteStep;
using MotCua.Dossiers.Features.ConfirmPayment;
using MotCua.Dossiers.Features.Events;
using MotCua.Dossiers.Features.GetDossier;
using MotCua.Dossiers.Features.ListDossiers;
using MotCua.Dossiers.Features.MarkResultReady;
using MotCua.Dossiers.Features.ReceiveDossier;
using MotCua.Dossiers.Features.ReceiveFromOtherAgency;
using MotCua.Dossiers.Features.RefuseDossier;
using MotCua.Dossiers.Features.RequestFinancialObligation;
using MotCua.Dossiers.Features.RequestSupplement;
using MotCua.Dossiers.Features.ReturnResult;
using MotCua.Dossiers.Features.ReturnToStep;
using MotCua.Dossiers.Features.SendToOtherAgency;
using MotCua.Dossiers.Features.StopProcessing;
using MotCua.Dossiers.Features.SubmitForApproval;
using MotCua.Dossiers.Features.SubmitOnline;
using MotCua.Dossiers.Features.SupplySupplement;
using MotCua.Dossiers.Features.TrackDossier;
using MotCua.Dossiers.Features.TransferDossier;
using MotCua.Dossiers.Features.UploadFile;
using MotCua.Dossiers.Features.Wallet;
using MotCua.Dossiers.Features.WithdrawDossier;
using MotCua.Kernel;
using MotCua.Kernel.Outbox;

namespace MotCua.Dossiers.Features;

internal static class DossierFeatures
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<DossierAccess>();
        services.AddScoped<IDossierDirectory, DossierDirectory>();
        services.AddScoped<IDossierReportSource, DossierReportSource>();
        services.AddScoped<IDossierPayments, RecordPayment.RecordPaymentHandler>();
        services.AddSingleton<IInterceptor, DossierEventsInterceptor>();
        services.AddScoped<DossierActions>();
        services.AddScoped<DossierCodes>();
        services.AddScoped<ProcessPlans>();
        services.AddScoped<Attachments>();
        services.AddScoped<DigitizedFiles>();
        services.AddScoped<IOnlineIntake, OnlineIntake>();
        services.AddScoped<CitizenDossiersHandler>();
        services.AddScoped<SupplyOnlineHandler>();
        services.AddScoped<WalletHandler>();
        services.AddScoped<PortalSubmissionHandler>();
        services.AddOutboxSubscriber<WalletFiller>(WalletFiller.Name, DossierTopics.StateChanged, inOrderPerKey: true);
        services.AddScoped<LegalTimeSource>();
        services.AddScoped<UploadFileHandler>();
        services.AddScoped<ReceiveDossierHandler>();
        services.AddScoped<GetDossierHandler>();
        services.AddScoped<ListDossiersHandler>();
        services.AddScoped<TrackDossierHandler>();
        services.AddScoped<AcceptDossierHandler>();
        services.AddScoped<RequestSupplementHandler>();
        services.AddScoped<SupplySupplementHandler>();
        services.AddScoped<RefuseDossierHandler>();
        services.AddScoped<TransferDossierHandler>();
        services.AddScoped<AssignHandlerHandler>();
        services.AddScoped<CompleteStepHandler>();
        services.AddScoped<ReturnToStepHandler>();
        services.AddScoped<SubmitForApprovalHandler>();
        services.AddScoped<ApproveDossierHandler>();
        services.AddScoped<SendToOtherAgencyHandler>();
        services.AddScoped<ReceiveFromOtherAgencyHandler>();
        services.AddScoped<RequestFinancialObligationHandler>();
        services.AddScoped<ConfirmPaymentHandler>();
        services.AddScoped<StopProcessingHandler>();
        services.AddScoped<MarkResultReadyHandler>();
        services.AddScoped<ReturnResultHandler>();
        services.AddScoped<WithdrawDossierHandler>();
        services.AddScoped<ApologizeForDelayHandler>();
        services.AddScoped<IDemoDataSeeder, DemoData.DossierDemoData>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/v1/dossiers").WithTags("Hồ sơ").RequireAuthorization(Policies.Staff);
        UploadFileEndpoint.Map(dossiers);
        ReceiveDossierEndpoint.Map(dossiers);
        ListDossiersEndpoint.Map(dossiers);
        GetDossierEndpoint.Map(dossiers);
        AcceptDossierEndpoint.Map(dossiers);
        RequestSupplementEndpoint.Map(dossiers);
        SupplySupplementEndpoint.Map(dossiers);
        RefuseDossierEndpoint.Map(dossiers);
        TransferDossierEndpoint.Map(dossiers);
        AssignHandlerEndpoint.Map(dossiers);
        CompleteStepEndpoint.Map(dossiers);
        ReturnToStepEndpoint.Map(dossiers);
        SubmitForApprovalEndpoint.Map(dossiers);
        ApproveDossierEndpoint.Map(dossiers);
        SendToOtherAgencyEndpoint.Map(dossiers);
        ReceiveFromOtherAgencyEndpoint.Map(dossiers);
        RequestFinancialObligationEndpoint.Map(dossiers);
        ConfirmPaymentEndpoint.Map(dossiers);
        StopProcessingEndpoint.Map(dossiers);
        MarkResultReadyEndpoint.Map(dossiers);
        ReturnResultEndpoint.Map(dossiers);
        WithdrawDossierEndpoint.Map(dossiers);
        ApologizeForDelayEndpoint.Map(dossiers);
        TrackDossierEndpoint.Map(app);
        CitizenFileEndpoints.Map(app);
    }
}
