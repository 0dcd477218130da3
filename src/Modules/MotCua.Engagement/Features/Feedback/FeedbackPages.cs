using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Engagement.Contracts;
using MotCua.Engagement.Features.Feedback.HandleFeedback;
using MotCua.Engagement.Features.Feedback.ListFeedback;
using MotCua.Engagement.Features.Feedback.SubmitFeedback;
using MotCua.Engagement.Features.Feedback.VoteOnAnswer;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Http;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Feedback;

/// <summary>What the PAKN pages share: refusals next to the fields, dates in Vietnam time, handlers resolved per request.</summary>
public abstract class FeedbackPage : PageModel
{
    public const string PageError = "";

    public string? Refusal { get; protected set; }

    public IReadOnlyList<string> PageErrors =>
        ModelState.TryGetValue(PageError, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public string? InvalidClass(string key) => HasError(key) ? "is-invalid" : null;

    public string? AriaInvalid(string key) => HasError(key) ? "true" : null;

    public static string ErrorId(string key) => "loi-" + key.ToLowerInvariant();

    public string? DescribedBy(string key) => HasError(key) ? ErrorId(key) : null;

    public IHtmlContent ErrorFor(string key) => ModelState.FeedbackFor(key, ErrorId(key));

    public static string Local(DateTime utc) =>
        BusinessClock.ToLocal(utc).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A refusal: forbidden and not found as such, field errors next to the fields, anything else as a message.</summary>
    protected IActionResult? Show(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        switch (error.Kind)
        {
            case ErrorKind.Forbidden:
                return Forbid();
            case ErrorKind.NotFound:
                return NotFound();
            case ErrorKind.Validation:
                ModelState.AddErrors(error, PageError, Pascal);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return null;
            default:
                Refusal = error.Message;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return null;
        }
    }

    protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private static string Pascal(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}

/// <summary>The petition form's fields, shared by the public form and the officer's register form.</summary>
public abstract class FeedbackFormPage : FeedbackPage
{
    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public string? ProcedureCode { get; set; }

    [BindProperty]
    public string? PetitionerName { get; set; }

    [BindProperty]
    public string? PetitionerPhone { get; set; }

    [BindProperty]
    public string? PetitionerAddress { get; set; }

    [BindProperty]
    public string? PetitionerEmail { get; set; }

    [BindProperty]
    public string? PetitionerIdentityNumber { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty(Name = "Content")]
    public string? Body { get; set; }

    [BindProperty]
    public string? ReRaises { get; set; }

    public IReadOnlyList<UnitSummary> Units { get; protected set; } = [];

    /// <summary>Indentation of a unit in the picker, by depth of its path.</summary>
    public static string Indent(UnitSummary unit) =>
        new('\u00A0', 3 * Math.Max(0, (unit?.Path.Count(c => c == '/') ?? 2) - 2));

    protected SubmitFeedbackRequest Submission(FeedbackChannel? channel) => new(
        UnitId, ProcedureCode, PetitionerName, PetitionerPhone, PetitionerAddress, PetitionerEmail, PetitionerIdentityNumber, Subject, Body, ReRaises, channel);
}

/// <summary>Rows of the register or of "my PAKN", and where each code links to.</summary>
public sealed record FeedbackRows(IReadOnlyList<FeedbackRow> Rows, string LinkPrefix, bool ShowUnit);

/// <summary>Gửi phản ánh, kiến nghị: anyone, signed in as a citizen or not (NĐ 20/2008 Đ6: written, electronically).</summary>
[AllowAnonymous]
public sealed class SubmitPage(IStringLocalizer<FeedbackText> text) : FeedbackFormPage
{
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The code just sent (after the redirect), to show the confirmation once.</summary>
    [BindProperty(SupportsGet = true, Name = "da-gui")]
    public string? Sent { get; set; }

    public bool SignedIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(prefill: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var citizen = (await HttpContext.AuthenticateAsync(CitizenIdentity.Scheme)).Principal;
        var result = await Service<SubmitFeedbackHandler>().SubmitAsync(new Submitter.Public(citizen), Submission(null), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = text["Submit.Done", result.Value.Code];
            return Redirect(citizen?.IsCitizen() == true
                ? "/cong-dan/phan-anh-kien-nghi/" + Uri.EscapeDataString(result.Value.Code)
                : "/phan-anh-kien-nghi/gui?da-gui=" + Uri.EscapeDataString(result.Value.Code));
        }

        await LoadAsync(prefill: false, cancellationToken);
        return Show(result.Error) ?? Page();
    }

    private async Task LoadAsync(bool prefill, CancellationToken cancellationToken)
    {
        Units = [.. (await Service<IOrganisationDirectory>().ListAsync(cancellationToken)).OrderBy(u => u.Path, StringComparer.Ordinal)];
        var citizen = (await HttpContext.AuthenticateAsync(CitizenIdentity.Scheme)).Principal;
        SignedIn = citizen?.IsCitizen() == true;
        if (prefill && SignedIn)
        {
            PetitionerName ??= citizen!.CitizenName();
            PetitionerPhone ??= citizen!.FindFirst(CitizenIdentity.PhoneClaim)?.Value;
            PetitionerEmail ??= citizen!.FindFirst(CitizenIdentity.EmailClaim)?.Value;
            PetitionerIdentityNumber ??= citizen!.CitizenId();
        }
    }
}

/// <summary>Kết quả xử lý PAKN đã công khai, with a like / dislike per citizen account or browser (766 indicator 5.3).</summary>
[AllowAnonymous]
public sealed class PublishedPage : FeedbackPage
{
    [BindProperty(SupportsGet = true, Name = "sau")]
    public string? After { get; set; }

    public Page<PublishedAnswer>? Answers { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Service<ListFeedbackHandler>().PublishedAsync(After, cancellationToken);
        if (!result.IsSuccess)
        {
            return BadRequest();
        }

        Answers = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostVoteAsync(string code, bool like, CancellationToken cancellationToken)
    {
        var voted = await Service<VoteOnAnswerHandler>().VoteAsync(code, await FeedbackVoters.OfAsync(HttpContext), new VoteRequest(like), cancellationToken);
        if (!voted.IsSuccess)
        {
            return Show(voted.Error) ?? await OnGetAsync(cancellationToken);
        }

        return Redirect("/phan-anh-kien-nghi#pakn-" + Uri.EscapeDataString(code));
    }
}

/// <summary>Phản ánh, kiến nghị của tôi: the signed-in citizen's own, nobody else's.</summary>
[Authorize(Policy = CitizenIdentity.Policy)]
public sealed class MinePage : FeedbackPage
{
    [BindProperty(SupportsGet = true, Name = "sau")]
    public string? After { get; set; }

    public Page<FeedbackRow>? Items { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Service<ListFeedbackHandler>().MineAsync(User.CitizenId()!, After, cancellationToken);
        if (!result.IsSuccess)
        {
            return BadRequest();
        }

        Items = result.Value;
        return Page();
    }
}

[Authorize(Policy = CitizenIdentity.Policy)]
public sealed class MineDetailPage : FeedbackPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public FeedbackView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Service<ListFeedbackHandler>().MineDetailAsync(User.CitizenId()!, Code, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        View = result.Value;
        return Page();
    }
}

/// <summary>Sổ theo dõi phản ánh, kiến nghị: the PAKN of the units the officer covers, filtered, or behind one figure.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RegisterPage : FeedbackPage
{
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public FeedbackState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "phan-loai")]
    public FeedbackClassification? Classification { get; set; }

    [BindProperty(SupportsGet = true, Name = "qua-han")]
    public bool? Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "chi-so")]
    public string? Measure { get; set; }

    [BindProperty(SupportsGet = true, Name = "don-vi")]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "rieng")]
    public bool OwnOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "sau")]
    public string? After { get; set; }

    public Page<FeedbackRow>? Items { get; private set; }

    public string? MeasureLabel => Measure is { Length: > 0 } key && FeedbackMeasures.IsKnown(key) ? FeedbackMeasures.Label(key) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(PageError, "Dữ liệu lọc không hợp lệ.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await Service<ListFeedbackHandler>().RegisterAsync(User, Query(), cancellationToken);
        if (!result.IsSuccess)
        {
            return Show(result.Error) ?? Page();
        }

        Items = result.Value;
        return Page();
    }

    /// <summary>The current filters as a query string, for the next page's link.</summary>
    public string NextUrl(string next)
    {
        var query = new List<string> { "sau=" + Uri.EscapeDataString(next) };
        Add(query, "trang-thai", State?.ToString());
        Add(query, "phan-loai", Classification?.ToString());
        Add(query, "qua-han", Overdue?.ToString());
        Add(query, "tu", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "den", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "chi-so", Measure);
        Add(query, "don-vi", Unit?.ToString());
        Add(query, "rieng", OwnOnly ? "true" : null);
        return FeedbackRegisterLinks.Register + "?" + string.Join('&', query);
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }

    private RegisterQuery Query() => new(State, Classification, Overdue, From, To, Measure, Unit, After, null, OwnOnly);
}

/// <summary>Vào sổ a PAKN received in writing, by the hotline or on a survey form (NĐ 20/2008 Đ6–7, Đ9.3).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RegisterNewPage(IStringLocalizer<FeedbackText> text) : FeedbackFormPage
{
    [BindProperty]
    public FeedbackChannel? Channel { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        UnitId ??= User.UnitId();
        Channel ??= FeedbackChannel.Hotline;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await Service<SubmitFeedbackHandler>().SubmitAsync(new Submitter.Officer(User), Submission(Channel), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = text["Register.Done", result.Value.Code];
            return Redirect("/xu-ly/pakn/" + Uri.EscapeDataString(result.Value.Code));
        }

        await LoadAsync(cancellationToken);
        return Show(result.Error) ?? Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Units = [.. (await Service<IOrganisationDirectory>().ListAsync(cancellationToken)).Where(u => User.Covers(u.Path)).OrderBy(u => u.Path, StringComparer.Ordinal)];
}

/// <summary>One PAKN for the officer: its dates and due dates, and a form for each step the state allows.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailPage(IStringLocalizer<FeedbackText> text) : FeedbackPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public FeedbackClassification? Classification { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public FeedbackView? View { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    /// <summary>The step whose form was posted, so that its errors show under its own fields.</summary>
    public string? Posted { get; private set; }

    public static string SegmentOf(FeedbackTrigger trigger) => FeedbackEndpoints.Steps.Single(s => s.Trigger == trigger).Segment;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string step, CancellationToken cancellationToken)
    {
        var known = FeedbackEndpoints.Steps.FirstOrDefault(s => s.Segment == step);
        if (known.Segment is null)
        {
            return BadRequest();
        }

        Posted = step;
        var result = await Service<HandleFeedbackHandler>().ActAsync(User, Code, known.Trigger, new FeedbackActionRequest(Classification, Text, UnitId, Version), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = text["Detail.Done", known.Trigger.Label(), result.Value.StateLabel];
            return Redirect("/xu-ly/pakn/" + Uri.EscapeDataString(result.Value.Code));
        }

        var shown = Show(result.Error);
        if (shown is not null)
        {
            return shown;
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await Service<ListFeedbackHandler>().DetailAsync(User, Code, cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        View = result.Value;
        Units = [.. (await Service<IOrganisationDirectory>().ListAsync(cancellationToken)).Where(u => u.Id != View.UnitId).OrderBy(u => u.Path, StringComparer.Ordinal)];
        return true;
    }
}
