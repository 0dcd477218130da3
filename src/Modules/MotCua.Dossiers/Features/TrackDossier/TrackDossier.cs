using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.TrackDossier;

public sealed record TrackingEvent(DateTime At, string Description, int StatusCode, string StatusName);

public sealed record TrackingStep(string Name, string Unit, DateTime StartedAt, DateTime? FinishedAt);

/// <summary>What the applicant sees: statuses, steps and dates in plain Vietnamese, never anyone's personal data.</summary>
public sealed record TrackingView(
    string Code,
    string ProcedureName,
    string ReceivedBy,
    int StatusCode,
    string StatusName,
    DateTime SubmittedAt,
    DateTime? ReceivedAt,
    DateTime? AppointmentAt,
    DateTime? ReturnedAt,
    IReadOnlyList<ReasonItem> SupplementNeeded,
    IReadOnlyList<TrackingStep> Steps,
    IReadOnlyList<TrackingEvent> Events);

/// <summary>
/// Tra cứu hồ sơ (NĐ 61/2018 Đ26: the code lets the applicant follow the dossier). A second factor, the last four
/// digits of the applicant's phone or identification number, is required; a wrong one is answered exactly like an
/// unknown code, so the endpoint tells nothing about which codes exist.
/// </summary>
internal sealed class TrackDossierHandler(DbContext db)
{
    private const string NotFound = "Không tìm thấy hồ sơ với mã và bốn số cuối đã nhập.";

    public async Task<Result<TrackingView>> HandleAsync(string code, string? verifier, CancellationToken cancellationToken)
    {
        if (verifier is not { Length: 4 } || !verifier.All(char.IsAsciiDigit))
        {
            return Error.Field("verifier", "Nhập bốn số cuối của số điện thoại hoặc số định danh của người nộp hồ sơ.");
        }

        var normalized = code.Trim().ToUpperInvariant();
        var dossier = DossierCode.IsWellFormed(normalized)
            ? await db.Set<Dossier>().AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(d => d.Code == normalized, cancellationToken)
            : null;
        if (dossier is null || !Verifies(dossier.Applicant, verifier))
        {
            return Error.NotFound("dossier-not-found", NotFound);
        }

        return new TrackingView(
            dossier.Code,
            dossier.ProcedureName,
            dossier.DeskName,
            (int)dossier.Status,
            dossier.Status.Label(),
            Utc(dossier.SubmittedAtUtc),
            Utc(dossier.ReceivedAtUtc),
            Utc(dossier.AppointmentAtUtc),
            Utc(dossier.Result?.ReturnedAtUtc),
            dossier.OpenSupplement?.Items ?? [],
            // The officer's wording of an inter-agency request may name people: the applicant sees only that it happened.
            dossier.Steps.OrderBy(s => s.Sequence)
                .Select(s => new TrackingStep(s.AtOtherAgency ? "Phối hợp liên thông" : s.Name, s.UnitName, Utc(s.StartedAtUtc), Utc(s.FinishedAtUtc)))
                .ToList(),
            dossier.History.OrderBy(h => h.Sequence).Select(h => new TrackingEvent(Utc(h.AtUtc), h.Trigger.Label(), (int)h.To.National(), h.To.National().Label())).ToList());
    }

    private static bool Verifies(Applicant applicant, string verifier) =>
        LastFour(applicant.Phone) == verifier || LastFour(applicant.Identifier) == verifier;

    private static string? LastFour(string? value)
    {
        var digits = new string((value ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 4 ? digits[^4..] : null;
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}

internal static class TrackDossierEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/tracking/{code}", async (string code, string? verifier, TrackDossierHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(code, verifier, cancellationToken)).ToHttp(TypedResults.Ok))
            .AllowAnonymous()
            .WithTags("Tra cứu hồ sơ")
            .WithName("TrackDossier")
            .WithSummary("Tra cứu tình trạng hồ sơ bằng mã hồ sơ và bốn số cuối điện thoại hoặc số định danh của người nộp")
            .Produces<TrackingView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
