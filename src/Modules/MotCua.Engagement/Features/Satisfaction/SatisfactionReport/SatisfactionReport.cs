using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Persistence;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Satisfaction.SatisfactionReport;

/// <summary>One unit's ratings in the period; the shares are of <see cref="Total"/>, in percent with one decimal.</summary>
public sealed record UnitSatisfaction(
    Guid UnitId,
    string UnitName,
    int Total,
    int VerySatisfied,
    int Satisfied,
    int Dissatisfied,
    int AttitudeComplaints,
    decimal VerySatisfiedShare,
    decimal SatisfiedShare,
    decimal DissatisfiedShare);

public sealed record SatisfactionSummary(DateOnly From, DateOnly To, IReadOnlyList<UnitSatisfaction> Units, UnitSatisfaction Overall);

/// <summary>
/// Tỷ lệ Rất hài lòng / Hài lòng / Không hài lòng by processing unit (DOMAIN B §2.5, S19) and complaints about the
/// officials' attitude (indicator 7), for the units the reader covers; the count of "dislikes" feeds QĐ 766 5.4.
/// Ratings count in the period they were given, with their current answer.
/// </summary>
internal sealed class SatisfactionReportHandler(DbContext db, IOrganisationDirectory organisation, BusinessClock clock)
{
    public const int MaxDays = 366;

    public async Task<Result<SatisfactionSummary>> HandleAsync(ClaimsPrincipal user, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var start = from ?? new DateOnly(today.Year, today.Month, 1);
        var end = to ?? today;
        if (end < start)
        {
            return Error.Field("to", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.");
        }

        if (end.DayNumber - start.DayNumber >= MaxDays)
        {
            return Error.Field("to", $"Kỳ báo cáo không quá {MaxDays} ngày.");
        }

        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(start.ToDateTime(TimeOnly.MinValue), BusinessClock.Zone);
        var toUtc = TimeZoneInfo.ConvertTimeToUtc(end.AddDays(1).ToDateTime(TimeOnly.MinValue), BusinessClock.Zone);
        var ratings = db.Set<Rating>().Where(r => r.CreatedAtUtc >= fromUtc && r.CreatedAtUtc < toUtc);
        var own = user.UnitPath();
        if (!user.IsInRole(StaffRoles.SystemAdmin))
        {
            ratings = own is null
                ? ratings.Where(_ => false)
                : user.FindFirstValue(StaffScope.SubtreeClaim) == "true"
                    ? ratings.WhereUnder(r => r.ProcessingUnitPath, own)
                    : ratings.Where(r => r.ProcessingUnitPath == own);
        }

        var rows = await ratings
            .GroupBy(r => r.ProcessingUnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Total = g.Count(),
                VerySatisfied = g.Count(r => r.Overall == SatisfactionLevel.VerySatisfied),
                Satisfied = g.Count(r => r.Overall == SatisfactionLevel.Satisfied),
                Dissatisfied = g.Count(r => r.Overall == SatisfactionLevel.Dissatisfied),
                Complaints = g.Count(r => r.Attitude == OfficialsAttitude.Harassing),
            })
            .ToListAsync(cancellationToken);
        var names = (await organisation.ListAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var units = rows
            .Select(r => Line(r.UnitId, names.GetValueOrDefault(r.UnitId, r.UnitId.ToString()), r.Total, r.VerySatisfied, r.Satisfied, r.Dissatisfied, r.Complaints))
            .OrderBy(u => u.UnitName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
        var overall = Line(
            Guid.Empty, "Tổng cộng", units.Sum(u => u.Total), units.Sum(u => u.VerySatisfied), units.Sum(u => u.Satisfied),
            units.Sum(u => u.Dissatisfied), units.Sum(u => u.AttitudeComplaints));
        return new SatisfactionSummary(start, end, units, overall);
    }

    private static UnitSatisfaction Line(Guid unitId, string name, int total, int verySatisfied, int satisfied, int dissatisfied, int complaints) =>
        new(unitId, name, total, verySatisfied, satisfied, dissatisfied, complaints, Share(verySatisfied, total), Share(satisfied, total), Share(dissatisfied, total));

    private static decimal Share(int part, int total) => total == 0 ? 0 : Math.Round(100m * part / total, 1, MidpointRounding.AwayFromZero);
}

internal static class SatisfactionReportEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/ratings/summary", async (DateOnly? from, DateOnly? to, ClaimsPrincipal user, SatisfactionReportHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, from, to, cancellationToken)).Match(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Đánh giá sự hài lòng")
            .WithName("SatisfactionSummary")
            .WithSummary("Tỷ lệ hài lòng theo đơn vị xử lý trong kỳ (trong phạm vi của người xem)")
            .Produces<SatisfactionSummary>()
            .ProducesValidationProblem();
}
