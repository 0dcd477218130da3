using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.SetOfficeHours;

/// <summary>All five times, or none to keep the hours of the unit above (DOMAIN A3: cut-off and close are per unit).</summary>
public sealed record SetOfficeHoursRequest(
    TimeOnly? MorningStart, TimeOnly? MorningEnd, TimeOnly? AfternoonStart, TimeOnly? AfternoonEnd, TimeOnly? CutOff)
{
    public bool IsEmpty => MorningStart is null && MorningEnd is null && AfternoonStart is null && AfternoonEnd is null && CutOff is null;
}

public sealed record OfficeHoursSet(string Code, OfficeHours? Own, OfficeHours Effective);

internal sealed class SetOfficeHoursHandler(
    DbContext db, BusinessClock clock, CurrentActor actor, WorkingCalendarSource source)
{
    public async Task<Result<OfficeHoursSet>> HandleAsync(string code, SetOfficeHoursRequest request, CancellationToken cancellationToken)
    {
        var unit = await db.Set<OrganisationUnit>().SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("unit.not-found", $"Không tìm thấy đơn vị có mã {code}.");
        }

        var hours = Parse(request);
        if (!hours.IsSuccess)
        {
            return hours.Error!;
        }

        var before = unit.OwnOfficeHours;
        unit.SetOfficeHours(hours.Value);
        if (before != unit.OwnOfficeHours)
        {
            db.Add(AuditEntry.Record(
                clock.UtcNow, actor.Name, "unit.office-hours-set", nameof(OrganisationUnit), unit.Id.ToString(),
                details: AuditDetails.Of(new { unit.Code, From = before, To = unit.OwnOfficeHours })));
            await db.SaveChangesAsync(cancellationToken);
            source.Invalidate();
        }

        return new OfficeHoursSet(unit.Code, unit.OwnOfficeHours, await source.OfficeHoursForAsync(unit.Id, cancellationToken));
    }

    private static Result<OfficeHours?> Parse(SetOfficeHoursRequest request)
    {
        if (request.IsEmpty)
        {
            return Result<OfficeHours?>.Success(null);
        }

        var errors = new ValidationErrors();
        Require(errors, "morningStart", request.MorningStart, "Giờ bắt đầu buổi sáng");
        Require(errors, "morningEnd", request.MorningEnd, "Giờ kết thúc buổi sáng");
        Require(errors, "afternoonStart", request.AfternoonStart, "Giờ bắt đầu buổi chiều");
        Require(errors, "afternoonEnd", request.AfternoonEnd, "Giờ kết thúc buổi chiều");
        Require(errors, "cutOff", request.CutOff, "Giờ chốt tiếp nhận");
        if (!errors.IsEmpty)
        {
            return errors.ToError("Nhập đủ năm mốc giờ, hoặc để trống cả năm để dùng giờ làm việc của đơn vị cấp trên.");
        }

        var hours = new OfficeHours(
            request.MorningStart!.Value, request.MorningEnd!.Value, request.AfternoonStart!.Value, request.AfternoonEnd!.Value, request.CutOff!.Value);
        hours.Validate(errors);
        if (!errors.IsEmpty)
        {
            return errors.ToError("Giờ làm việc không hợp lệ. Vui lòng kiểm tra các mốc giờ được nêu.");
        }

        return hours;
    }

    private static void Require(ValidationErrors errors, string field, TimeOnly? value, string label)
    {
        if (value is null)
        {
            errors.Add(field, $"{label} là bắt buộc khi đặt giờ làm việc riêng.");
        }
    }
}

internal static class SetOfficeHoursEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/organisation/units/{code}/office-hours", async (string code, SetOfficeHoursRequest request, SetOfficeHoursHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(code, request, cancellationToken)).Match(set => TypedResults.Ok(set)))
            .WithName("SetOfficeHours")
            .WithSummary("Đặt giờ làm việc và giờ chốt tiếp nhận của đơn vị (để trống cả năm mốc: dùng giờ của đơn vị cấp trên)")
            .Produces<OfficeHoursSet>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
