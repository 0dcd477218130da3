using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Kernel.Http;
using MotCua.Kernel.Paging;

namespace MotCua.Engagement.Features.Satisfaction.ReviewRatings;

internal static class ReviewRatingsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/v1/ratings/reviews").WithTags("Đánh giá sự hài lòng").RequireAuthorization(ReviewRatingsHandler.Leaders);
        reviews.MapGet("/", async (bool? answered, string? after, int? limit, ClaimsPrincipal user, ReviewRatingsHandler handler, CancellationToken cancellationToken) =>
                (await handler.ListAsync(user, answered ?? false, after, limit, cancellationToken)).Match(TypedResults.Ok))
            .WithName("ListRatingReviews")
            .WithSummary("Đánh giá không hài lòng hoặc phản ánh thái độ cần lãnh đạo đơn vị xem xét, trả lời (phân trang keyset)")
            .Produces<Page<ReviewItem>>()
            .ProducesValidationProblem();
        reviews.MapPost("/{id:guid}/answer", async (Guid id, AnswerRequest request, ClaimsPrincipal user, ReviewRatingsHandler handler, CancellationToken cancellationToken) =>
                (await handler.AnswerAsync(user, id, request, cancellationToken)).Match(TypedResults.Ok))
            .WithName("AnswerRatingReview")
            .WithSummary("Lãnh đạo đơn vị trả lời: kết quả xem xét và biện pháp đã thực hiện")
            .Produces<ReviewItem>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
