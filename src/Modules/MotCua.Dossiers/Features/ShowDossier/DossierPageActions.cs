using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.AcceptDossier;
using MotCua.Dossiers.Features.ApproveDossier;
using MotCua.Dossiers.Features.AssignHandler;
using MotCua.Dossiers.Features.CompleteStep;
using MotCua.Dossiers.Features.ConfirmPayment;
using MotCua.Dossiers.Features.MarkResultReady;
using MotCua.Dossiers.Features.ReceiveFromOtherAgency;
using MotCua.Dossiers.Features.RequestFinancialObligation;
using MotCua.Dossiers.Features.ReturnToStep;
using MotCua.Dossiers.Features.SendToOtherAgency;
using MotCua.Dossiers.Features.StopProcessing;
using MotCua.Dossiers.Features.SubmitForApproval;
using MotCua.Dossiers.Features.SupplySupplement;
using MotCua.Dossiers.Features.TransferDossier;
using MotCua.Dossiers.Features.UploadFile;
using MotCua.Dossiers.Features.WithdrawDossier;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.ShowDossier;

/// <summary>The small forms of the dossier page: each posts to the handler the API calls, then shows the dossier again.</summary>
public sealed partial class DossierPage
{
    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Assignee { get; set; }

    [BindProperty]
    public int PlanIndex { get; set; }

    [BindProperty]
    public string? AgencyName { get; set; }

    [BindProperty]
    public string? Task { get; set; }

    [BindProperty]
    public decimal? BudgetDays { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public long? AmountDong { get; set; }

    [BindProperty]
    public string? DocumentNumber { get; set; }

    [BindProperty]
    public IFormFile? ResultFile { get; set; }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.Accept, () => Service<AcceptDossierHandler>().HandleAsync(User, Code, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTransferAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.Transfer, () => Service<TransferDossierHandler>().HandleAsync(User, Code, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSupplySupplementAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.SupplySupplement, () => Service<SupplySupplementHandler>().HandleAsync(User, Code, new SupplySupplementRequest(Note), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAssignHandlerAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.AssignHandler, () => Service<AssignHandlerHandler>().HandleAsync(User, Code, new AssignHandlerRequest(Assignee), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCompleteStepAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.CompleteStep, () => Service<CompleteStepHandler>().HandleAsync(User, Code, new CompleteStepRequest(Note), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSubmitForApprovalAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.SubmitForApproval, () => Service<SubmitForApprovalHandler>().HandleAsync(User, Code, new SubmitForApprovalRequest(Note), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.Approve, () => Service<ApproveDossierHandler>().HandleAsync(User, Code, new ApproveDossierRequest(Note), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReturnToStepAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.ReturnToStep, () => Service<ReturnToStepHandler>().HandleAsync(User, Code, new ReturnToStepRequest(PlanIndex, Reason), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSendToOtherAgencyAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.SendToOtherAgency, () => Service<SendToOtherAgencyHandler>().HandleAsync(
            User, Code, new SendToOtherAgencyRequest(AgencyName, Task, BudgetDays ?? 0, DurationUnit.WorkingDays), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReceiveFromOtherAgencyAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.ReceiveFromOtherAgency, () => Service<ReceiveFromOtherAgencyHandler>().HandleAsync(User, Code, new ReceiveFromOtherAgencyRequest(Note), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRequestFinancialObligationAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.RequestFinancialObligation, () => Service<RequestFinancialObligationHandler>().HandleAsync(
            User, Code, new RequestFinancialObligationRequest(Description, AmountDong), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostConfirmPaymentAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.ConfirmPayment, () => Service<ConfirmPaymentHandler>().HandleAsync(User, Code, new ConfirmPaymentRequest(Note), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostStopAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.Stop, () => Service<StopProcessingHandler>().HandleAsync(User, Code, new StopProcessingRequest(Reason), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.Withdraw, () => Service<WithdrawDossierHandler>().HandleAsync(User, Code, new WithdrawDossierRequest(Reason), cancellationToken), cancellationToken);

    /// <summary>The result's scan is stored first (type by its bytes, size), then the result is recorded with it.</summary>
    public Task<IActionResult> OnPostMarkResultReadyAsync(CancellationToken cancellationToken) =>
        ActAsync(DossierTrigger.MarkResultReady, async () =>
        {
            Guid? fileId = null;
            if (ResultFile is { Length: > 0 } file)
            {
                await using var stream = file.OpenReadStream();
                var uploaded = await Service<UploadFileHandler>().HandleAsync(User, file.FileName, stream, cancellationToken);
                if (!uploaded.IsSuccess)
                {
                    return uploaded.Error;
                }

                fileId = uploaded.Value.Id;
            }

            return await Service<MarkResultReadyHandler>().HandleAsync(User, Code, new MarkResultReadyRequest(DocumentNumber, fileId), cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Runs one action unless the page was stale (someone acted since it was shown: the same 409 as a lost race),
    /// then shows the dossier as it now is, with the handler's complaints next to the fields of the form that failed.
    /// </summary>
    private async Task<IActionResult> ActAsync(DossierTrigger trigger, Func<Task<Result<DossierView>>> act, CancellationToken cancellationToken)
    {
        var seen = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Dossier!.Version != seen)
        {
            Conflict = StaleMessage(Code, Dossier.StateName);
            return Page();
        }

        var result = await act();
        if (result.IsSuccess)
        {
            Notice = Text["Action.Done", Text[$"Action.{trigger}"]];
            return Redirect($"/mot-cua/ho-so/{Code}");
        }

        var shown = Show(result.Error, field => $"{trigger}.{(field == "fileId" ? "file" : field)}");
        if (shown is not null)
        {
            return shown;
        }

        await LoadAsync(cancellationToken);
        FailedAction = trigger;
        return Page();
    }

    /// <summary>The action whose form failed, so that its fields keep what was typed.</summary>
    public DossierTrigger? FailedAction { get; private set; }
}
