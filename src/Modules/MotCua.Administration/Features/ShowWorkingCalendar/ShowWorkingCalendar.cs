using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Domain;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.ShowWorkingCalendar;

/// <summary>
/// One day: <c>IsOfficialChange</c> is true when an administrator's entry decides it rather than the Labour Code
/// defaults; <c>Source</c> is the document that decided it.
/// </summary>
public sealed record CalendarDayItem(DateOnly Date, bool IsWorking, DayKind Kind, string? Reason, string? Source, bool IsOfficialChange);

public sealed record CalendarYear(int Year, int WorkingDays, IReadOnlyList<CalendarDayItem> Days);

/// <summary>The published calendar of a year: the Labour Code defaults with the official changes laid over them.</summary>
internal sealed class CalendarYearQuery(DbContext db)
{
    public const int MinYear = LunarCalendar.MinYear;
    public const int MaxYear = LunarCalendar.MaxYear;

    public static Error? CheckYear(int year) =>
        year is < MinYear or > MaxYear ? Error.Field("year", $"Năm phải từ {MinYear} đến {MaxYear}.") : null;

    public async Task<Result<CalendarYear>> HandleAsync(int year, CancellationToken cancellationToken)
    {
        if (CheckYear(year) is { } error)
        {
            return error;
        }

        var changes = await OfYear(db.Set<CalendarOverride>().AsNoTracking(), year).ToListAsync(cancellationToken);
        var calendar = WorkingCalendar.ForVietnam(changes.Select(c => c.ToCalendarDay()), year, year);
        var official = changes.Select(c => c.Date).ToHashSet();
        var days = calendar.DaysOf(year)
            .Select(d => new CalendarDayItem(d.Date, d.IsWorking, d.Kind, d.Reason, d.Source, official.Contains(d.Date)))
            .ToList();
        return new CalendarYear(year, days.Count(d => d.IsWorking), days);
    }

    public static IQueryable<CalendarOverride> OfYear(IQueryable<CalendarOverride> days, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return days.Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date);
    }
}

internal static class ShowWorkingCalendarEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/calendar/{year:int}", async (int year, CalendarYearQuery query, CancellationToken cancellationToken) =>
                (await query.HandleAsync(year, cancellationToken)).Match(calendar => TypedResults.Ok(calendar)))
            .WithName("ShowWorkingCalendar")
            .WithSummary("Lịch làm việc của một năm: từng ngày, ngày làm việc hay ngày nghỉ và lý do")
            .Produces<CalendarYear>()
            .ProducesValidationProblem();
}

/// <summary>The public page: twelve month grids and the list of days off with their reasons.</summary>
internal sealed class ShowWorkingCalendarModel(CalendarYearQuery query, BusinessClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public CalendarYear Calendar { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        var result = await query.HandleAsync(Year ?? Today.Year, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Calendar = result.Value;
        return Page();
    }
}
