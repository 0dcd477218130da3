using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Engagement.Features.Feedback.HandleFeedback;
using MotCua.Engagement.Features.Feedback.ListFeedback;
using MotCua.Engagement.Features.Feedback.SubmitFeedback;
using MotCua.Engagement.Features.Feedback.VoteOnAnswer;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Http;
using MotCua.Kernel.Paging;

namespace MotCua.Engagement.Features.Feedback;

/// <summary>The JSON side of PAKN (/api/v1/feedback); every endpoint calls the handler its page calls.</summary>
internal static class FeedbackEndpoints
{
    private const string Tag = "Phản ánh, kiến nghị";

    /// <summary>The staff steps: URL segment, trigger, summary.</summary>
    public static readonly IReadOnlyList<(string Segment, FeedbackTrigger Trigger, string Summary)> Steps =
    [
        ("receive", FeedbackTrigger.Receive, "Tiếp nhận và phân loại (quy định hành chính, thủ tục hành chính / hành vi của cán bộ, công chức)"),
        ("refuse", FeedbackTrigger.Refuse, "Từ chối tiếp nhận (lý do bắt buộc; hạn 02 ngày làm việc)"),
        ("request-supplement", FeedbackTrigger.RequestSupplement, "Yêu cầu bổ sung thông tin (lần đầu trong 05 ngày làm việc)"),
        ("supplement", FeedbackTrigger.Supplement, "Ghi nhận thông tin bổ sung của người phản ánh"),
        ("transfer", FeedbackTrigger.Transfer, "Chuyển đơn vị khác (thời hạn 15 ngày làm việc tính lại)"),
        ("result", FeedbackTrigger.RecordResult, "Ghi kết quả xử lý (hạn 15 ngày làm việc)"),
        ("return", FeedbackTrigger.Return, "Trả lại (lý do bắt buộc)"),
        ("publish", FeedbackTrigger.Publish, "Công khai kết quả xử lý (hạn 02 ngày làm việc sau khi có kết quả)"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/feedback").WithTags(Tag).AllowAnonymous();
        open.MapPost("/", async (SubmitFeedbackRequest request, HttpContext http, SubmitFeedbackHandler handler, CancellationToken cancellationToken) =>
            {
                var citizen = (await http.AuthenticateAsync(CitizenIdentity.Scheme)).Principal;
                return (await handler.SubmitAsync(new Submitter.Public(citizen), request, cancellationToken))
                    .Match(view => TypedResults.Created($"/api/v1/citizen/feedback/{view.Code}", view));
            })
            .WithName("SubmitFeedback")
            .WithSummary("Gửi phản ánh, kiến nghị (không cần đăng nhập; nếu đã đăng nhập, phản ánh gắn với tài khoản công dân)")
            .Produces<FeedbackView>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        open.MapGet("/published", async (string? after, ListFeedbackHandler handler, CancellationToken cancellationToken) =>
                (await handler.PublishedAsync(after, cancellationToken)).Match(TypedResults.Ok))
            .WithName("ListPublishedFeedbackAnswers")
            .WithSummary("Kết quả xử lý phản ánh, kiến nghị đã công khai, mới nhất trước")
            .Produces<Page<PublishedAnswer>>()
            .ProducesValidationProblem();
        open.MapPost("/published/{code}/vote", async (string code, VoteRequest request, HttpContext http, VoteOnAnswerHandler handler, CancellationToken cancellationToken) =>
                (await handler.VoteAsync(code, await FeedbackVoters.OfAsync(http), request, cancellationToken)).Match(TypedResults.Ok))
            .WithName("VoteOnFeedbackAnswer")
            .WithSummary("Hài lòng / không hài lòng với kết quả đã công khai (một ý kiến cho mỗi tài khoản công dân hoặc trình duyệt)")
            .Produces<VoteCount>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var mine = app.MapGroup("/api/v1/citizen/feedback").WithTags(Tag).RequireAuthorization(CitizenIdentity.Policy);
        mine.MapGet("/", async (string? after, ClaimsPrincipal user, ListFeedbackHandler handler, CancellationToken cancellationToken) =>
                (await handler.MineAsync(user.CitizenId()!, after, cancellationToken)).Match(TypedResults.Ok))
            .WithName("ListMyFeedback")
            .WithSummary("Phản ánh, kiến nghị của công dân đang đăng nhập")
            .Produces<Page<FeedbackRow>>()
            .ProducesValidationProblem();
        mine.MapGet("/{code}", async (string code, ClaimsPrincipal user, ListFeedbackHandler handler, CancellationToken cancellationToken) =>
                (await handler.MineDetailAsync(user.CitizenId()!, code, cancellationToken)).Match(TypedResults.Ok))
            .WithName("GetMyFeedback")
            .WithSummary("Theo dõi một phản ánh, kiến nghị của mình")
            .Produces<FeedbackView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var staff = app.MapGroup("/api/v1/feedback").WithTags(Tag).RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (
                FeedbackState? state, FeedbackClassification? classification, bool? overdue, DateOnly? from, DateOnly? to, string? measure, Guid? unit,
                bool? ownOnly, string? after, int? limit, ClaimsPrincipal user, ListFeedbackHandler handler, CancellationToken cancellationToken) =>
                (await handler.RegisterAsync(user, new RegisterQuery(state, classification, overdue, from, to, measure, unit, after, limit, ownOnly ?? false), cancellationToken))
                    .Match(TypedResults.Ok))
            .WithName("ListFeedbackRegister")
            .WithSummary("Sổ theo dõi phản ánh, kiến nghị của các đơn vị trong phạm vi; measure + unit + from + to liệt kê đúng các PAKN của một chỉ tiêu")
            .Produces<Page<FeedbackRow>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapPost("/registered", async (SubmitFeedbackRequest request, ClaimsPrincipal user, SubmitFeedbackHandler handler, CancellationToken cancellationToken) =>
                (await handler.SubmitAsync(new Submitter.Officer(user), request, cancellationToken))
                    .Match(view => TypedResults.Created($"/api/v1/feedback/{view.Code}", view)))
            .WithName("RegisterFeedback")
            .WithSummary("Vào sổ phản ánh, kiến nghị nhận bằng văn bản, qua đường dây nóng hoặc phiếu lấy ý kiến")
            .Produces<FeedbackView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapGet("/{code}", async (string code, ClaimsPrincipal user, ListFeedbackHandler handler, CancellationToken cancellationToken) =>
                (await handler.DetailAsync(user, code, cancellationToken)).Match(TypedResults.Ok))
            .WithName("GetFeedback")
            .WithSummary("Một phản ánh, kiến nghị, với thời hạn và các bước được phép")
            .Produces<FeedbackView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var (segment, trigger, summary) in Steps)
        {
            staff.MapPost("/{code}/" + segment, async (string code, FeedbackActionRequest request, ClaimsPrincipal user, HandleFeedbackHandler handler, CancellationToken cancellationToken) =>
                    (await handler.ActAsync(user, code, trigger, request, cancellationToken)).Match(TypedResults.Ok))
                .WithName("Feedback" + trigger)
                .WithSummary(summary)
                .Produces<FeedbackView>()
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }
    }
}

/// <summary>Who votes on a published answer: the citizen account when signed in, else the browser's own cookie.</summary>
internal static class FeedbackVoters
{
    public const string Cookie = "motcua.pakn";

    public static async Task<string> OfAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var citizen = (await http.AuthenticateAsync(CitizenIdentity.Scheme)).Principal;
        if (citizen?.CitizenId() is { } id)
        {
            return "citizen:" + id;
        }

        if (http.Request.Cookies.TryGetValue(Cookie, out var value) && Guid.TryParseExact(value, "N", out var known))
        {
            return "browser:" + known.ToString("N");
        }

        var browser = Guid.NewGuid().ToString("N");
        http.Response.Cookies.Append(Cookie, browser, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
        return "browser:" + browser;
    }
}
