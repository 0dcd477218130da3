using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MotCua.Kernel.Http;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;

namespace MotCua.Engagement.Features.Satisfaction.ReviewRatings;

/// <summary>Đánh giá cần xử lý: the leader's list (open until answered, or answered) with an answer form on each open one.</summary>
[Authorize(Policy = Administration.Contracts.Policies.Staff, Roles = Administration.Contracts.StaffRoles.AgencyLeader + "," + Administration.Contracts.StaffRoles.DepartmentLeader)]
public sealed class ReviewsPage(IStringLocalizer<SatisfactionText> text) : SatisfactionPage
{
    [BindProperty(SupportsGet = true, Name = "da-tra-loi")]
    public bool Answered { get; set; }

    [BindProperty(SupportsGet = true, Name = "sau")]
    public string? After { get; set; }

    [BindProperty]
    public Guid ReviewId { get; set; }

    [BindProperty]
    public string? Findings { get; set; }

    [BindProperty]
    public string? ActionTaken { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Page<ReviewItem>? Reviews { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Service<ReviewRatingsHandler>().ListAsync(User, Answered, After, null, cancellationToken);
        if (!result.IsSuccess)
        {
            return BadRequest();
        }

        Reviews = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var handler = Service<ReviewRatingsHandler>();
        var result = await handler.AnswerAsync(User, ReviewId, new AnswerRequest(Findings, ActionTaken), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = text["Review.Answered", result.Value.DossierCode];
            return Redirect("/xu-ly/danh-gia-can-xu-ly");
        }

        if (result.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (result.Error.Kind == ErrorKind.Validation)
        {
            ModelState.AddErrors(result.Error, PageError, field => field + "-" + ReviewId);
        }
        else
        {
            Refusal = result.Error.Message;
        }

        Reviews = (await handler.ListAsync(User, Answered, After, null, cancellationToken)).Value;
        return Page();
    }

    public static string FieldKey(string field, Guid id) => field + "-" + id;

    /// <summary>Keeps what the leader typed on a refused answer, for that review only.</summary>
    public string? Typed(string field, Guid id) => id == ReviewId ? (field == "findings" ? Findings : ActionTaken) : null;
}
