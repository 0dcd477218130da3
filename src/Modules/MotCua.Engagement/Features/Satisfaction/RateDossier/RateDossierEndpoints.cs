using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Http;

namespace MotCua.Engagement.Features.Satisfaction.RateDossier;

/// <summary>A kiosk rating: the dossier code and the applicant's last four digits travel with the answer.</summary>
public sealed record KioskRatingRequest(string? Code, string? Verifier, SatisfactionLevel? Overall, OfficialsAttitude? Attitude, string? Comment);

/// <summary>The JSON side of the three ways in; each calls <see cref="RateDossierHandler"/>, as the pages do.</summary>
internal static class RateDossierEndpoints
{
    /// <summary>The counter tablet is opened by a desk officer signed in at that desk.</summary>
    public static readonly AuthorizeAttribute Kiosk = new() { Policy = Policies.Staff, Roles = StaffRoles.DeskOfficer + "," + StaffRoles.SystemAdmin };

    public static void Map(IEndpointRouteBuilder app)
    {
        var citizen = app.MapGroup("/api/v1/citizen/dossiers/{code}/rating").WithTags("Đánh giá sự hài lòng").RequireAuthorization(CitizenIdentity.Policy);
        citizen.MapGet("/", async (string code, ClaimsPrincipal user, RateDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.ViewAsync(code, new RaterProof.Citizen(user), cancellationToken)).Match(TypedResults.Ok))
            .WithName("GetMyRating")
            .WithSummary("Đánh giá của công dân về hồ sơ của mình (và trả lời của cơ quan, nếu có)")
            .Produces<RatingView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        citizen.MapPut("/", async (string code, RatingRequest request, ClaimsPrincipal user, RateDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.RateAsync(code, new RaterProof.Citizen(user), request, cancellationToken)).Match(TypedResults.Ok))
            .WithName("RateMyDossier")
            .WithSummary("Công dân đánh giá (hoặc sửa đánh giá trong thời hạn) hồ sơ đã trả kết quả")
            .Produces<RatingView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/v1/ratings/kiosk", async (KioskRatingRequest request, ClaimsPrincipal user, RateDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.RateAsync(request.Code, new RaterProof.Kiosk(user, request.Verifier), new RatingRequest(request.Overall, request.Attitude, request.Comment), cancellationToken))
                    .Match(TypedResults.Ok))
            .RequireAuthorization(Kiosk)
            .WithTags("Đánh giá sự hài lòng")
            .WithName("RateAtKiosk")
            .WithSummary("Đánh giá tại quầy: mã hồ sơ và bốn số cuối điện thoại hoặc số định danh của người nộp")
            .Produces<RatingView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var link = app.MapGroup("/api/v1/ratings/links/{token}").WithTags("Đánh giá sự hài lòng").AllowAnonymous();
        link.MapGet("/", async (string token, RateDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.ViewAsync(null, new RaterProof.Link(token), cancellationToken)).Match(TypedResults.Ok))
            .WithName("GetRatingByLink")
            .WithSummary("Hồ sơ và đánh giá theo đường dẫn ký số gửi qua SMS")
            .Produces<RatingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        link.MapPut("/", async (string token, RatingRequest request, RateDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.RateAsync(null, new RaterProof.Link(token), request, cancellationToken)).Match(TypedResults.Ok))
            .WithName("RateByLink")
            .WithSummary("Đánh giá theo đường dẫn ký số gửi qua SMS (hết hạn hoặc bị sửa thì bị từ chối)")
            .Produces<RatingView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
