using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Paging;

namespace MotCua.Engagement.Features.Notifications.FailedDeliveries;

/// <summary>The dead-letter view for API clients (same handlers as the page /quan-tri/hang-doi-gui).</summary>
internal static class FailedDeliveriesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var outbox = app.MapGroup("/api/v1/outbox").WithTags("Outbox").RequireAuthorization(Policies.SystemAdmin);
        outbox.MapGet("/failed", async (FailedDeliveryStatus? status, string? topic, string? after, int? limit, ListFailedDeliveriesHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(new FailedDeliveryQuery(status ?? FailedDeliveryStatus.All, topic, after, limit), cancellationToken)).Match(page => TypedResults.Ok(page)))
            .WithName("ListFailedDeliveries")
            .WithSummary("Tin gửi đi bị lỗi: đã ngừng thử (dead letter) hoặc đang chờ thử lại (phân trang theo khóa)")
            .Produces<Page<FailedDelivery>>()
            .ProducesValidationProblem();
        outbox.MapPost("/{id:long}/resend", async (long id, ResendDeliveryHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, cancellationToken) is { } error ? error.ToProblem() : TypedResults.NoContent())
            .WithName("ResendDelivery")
            .WithSummary("Gửi lại một tin bị lỗi ngay (ghi nhật ký)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
