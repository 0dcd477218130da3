using Microsoft.AspNetCore.Mvc;
using MotCua.Catalog.Domain;
using MotCua.Catalog.Features.Edit.ListVersions;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Edit;

/// <summary>A publication or abolition decision as typed: dates may be missing until the form is complete.</summary>
public sealed class DecisionForm
{
    public string? Number { get; set; }

    public DateOnly? SignedOn { get; set; }

    public string? Signer { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public PublicationDecision? ToDecision(ValidationErrors errors)
    {
        if (SignedOn is null)
        {
            errors.Add("Decision.SignedOn", "Ngày ký không được để trống.");
        }

        if (EffectiveOn is null)
        {
            errors.Add("Decision.EffectiveOn", "Ngày có hiệu lực không được để trống.");
        }

        return SignedOn is { } signed && EffectiveOn is { } effective
            ? new PublicationDecision { Number = Number?.Trim() ?? string.Empty, Signer = Signer?.Trim() ?? string.Empty, SignedOn = signed, EffectiveOn = effective }
            : null;
    }
}

/// <summary>The publish and retire pages: a decision form above the procedure's history.</summary>
public abstract class DecisionPage : EditPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public DecisionForm Decision { get; set; } = new();

    [BindProperty]
    public Guid ConcurrencyStamp { get; set; }

    public VersionHistory? History { get; private set; }

    public VersionItem? Draft => History?.Versions.FirstOrDefault(v => v.Status == VersionStatus.Draft);

    public VersionItem? Current => History?.Versions.FirstOrDefault(v => v.Status is VersionStatus.Published or VersionStatus.Superseded);

    protected async Task<IActionResult?> LoadAsync(bool keepStamp, CancellationToken cancellationToken)
    {
        var history = await Service<ListVersionsHandler>().HandleAsync(User, Code, cancellationToken);
        if (!history.IsSuccess)
        {
            return Show(history.Error);
        }

        History = history.Value;
        if (!keepStamp)
        {
            ConcurrencyStamp = History.ConcurrencyStamp;
            Decision.SignedOn ??= Service<BusinessClock>().Today;
        }

        return null;
    }

    /// <summary>Runs the decision through a handler and comes back to the history on success.</summary>
    protected async Task<IActionResult> SubmitAsync(
        Func<PublicationDecision, Task<Result<ProcedureEdited>>> handle, string done, CancellationToken cancellationToken)
    {
        var typing = new ValidationErrors();
        var decision = Decision.ToDecision(typing);
        if (decision is not null && typing.IsEmpty && ModelState.IsValid)
        {
            var result = await handle(decision);
            if (result.IsSuccess)
            {
                TempData["Done"] = done;
                return Redirect($"/quan-ly/thu-tuc/{Code}/lich-su");
            }

            if (Show(result.Error) is { } refused)
            {
                return refused;
            }
        }
        else
        {
            Show(typing);
        }

        return await LoadAsync(keepStamp: true, cancellationToken) ?? Page();
    }
}
