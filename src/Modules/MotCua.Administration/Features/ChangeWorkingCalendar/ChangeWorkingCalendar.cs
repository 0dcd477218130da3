using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.ShowWorkingCalendar;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Administration.Features.ChangeWorkingCalendar;

/// <summary>
/// One official change: <c>Date</c> as yyyy-MM-dd inside the year; <c>Kind</c> one of Working, Holiday, Compensatory,
/// SwapDayOff, MakeUpWorkday, LocalDayOff; <c>Reason</c> shown to the public; <c>Source</c> the notice or decision.
/// </summary>
public sealed record CalendarChange(string? Date, string? Kind, string? Reason, string? Source);

/// <summary>The complete list of a year's official changes: it replaces the year's previous list.</summary>
public sealed record ChangeWorkingCalendarRequest(IReadOnlyList<CalendarChange>? Days);

internal sealed class ChangeWorkingCalendarHandler(
    DbContext db, BusinessClock clock, CurrentActor actor, WorkingCalendarSource source, CalendarYearQuery query)
{
    public const int MaxDays = 366;

    /// <summary>The kinds an official change may give a day; "Weekend" is what Saturdays and Sundays are anyway.</summary>
    public static readonly IReadOnlyList<DayKind> Kinds =
        [DayKind.Holiday, DayKind.Compensatory, DayKind.SwapDayOff, DayKind.MakeUpWorkday, DayKind.LocalDayOff, DayKind.Working];

    public async Task<Result<CalendarYear>> HandleAsync(int year, ChangeWorkingCalendarRequest request, CancellationToken cancellationToken)
    {
        if (CalendarYearQuery.CheckYear(year) is { } yearError)
        {
            return yearError;
        }

        var checkedDays = Check(year, request);
        if (!checkedDays.IsSuccess)
        {
            return checkedDays.Error;
        }

        var wanted = checkedDays.Value.ToDictionary(d => d.Date);
        var existing = await CalendarYearQuery.OfYear(db.Set<CalendarOverride>(), year).ToListAsync(cancellationToken);
        var removed = existing.Where(e => !wanted.ContainsKey(e.Date)).ToList();
        var changed = new List<object>();
        foreach (var day in existing.Where(e => wanted.ContainsKey(e.Date)))
        {
            var next = wanted[day.Date];
            var before = day.ToCalendarDay();
            day.Update(next.Kind, next.Reason!, next.Source);
            if (day.ToCalendarDay() != before)
            {
                changed.Add(new { From = Describe(before), To = Describe(day.ToCalendarDay()) });
            }
        }

        var known = existing.Select(e => e.Date).ToHashSet();
        var added = wanted.Values.Where(d => !known.Contains(d.Date))
            .Select(d => CalendarOverride.Create(d.Date, d.Kind, d.Reason!, d.Source))
            .ToList();
        if (removed.Count + added.Count + changed.Count > 0)
        {
            db.RemoveRange(removed);
            db.AddRange(added);
            db.Add(AuditEntry.Record(
                clock.UtcNow, actor.Name, "calendar.changed", "WorkingCalendarYear", year.ToString(CultureInfo.InvariantCulture),
                details: AuditDetails.Of(new
                {
                    Year = year,
                    Added = added.Select(a => Describe(a.ToCalendarDay())),
                    Changed = changed,
                    Removed = removed.Select(r => Describe(r.ToCalendarDay())),
                })));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return Error.Conflict("calendar.concurrent", $"Lịch năm {year} vừa được người khác thay đổi. Vui lòng tải lại và thử lại.");
            }

            source.Invalidate();
        }

        return await query.HandleAsync(year, cancellationToken);
    }

    /// <summary>Every mistake of the list at once, keyed <c>days[i].field</c>; nothing is written when there is one.</summary>
    private static Result<IReadOnlyList<CalendarDay>> Check(int year, ChangeWorkingCalendarRequest request)
    {
        var errors = new ValidationErrors();
        if (request.Days is null)
        {
            errors.Add("days", "Thiếu danh sách ngày thay đổi (gửi danh sách rỗng để bỏ mọi thay đổi của năm).");
            return errors.ToError();
        }

        if (request.Days.Count > MaxDays)
        {
            errors.Add("days", $"Một năm có tối đa {MaxDays} ngày thay đổi.");
            return errors.ToError();
        }

        var days = new List<CalendarDay>();
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < request.Days.Count; i++)
        {
            var change = request.Days[i] ?? new CalendarChange(null, null, null, null);
            var field = $"days[{i}].";
            DateOnly? date = null;
            if (string.IsNullOrWhiteSpace(change.Date))
            {
                errors.Add(field + "date", "Ngày không được để trống.");
            }
            else if (!DateOnly.TryParseExact(change.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors.Add(field + "date", "Ngày phải có dạng năm-tháng-ngày, ví dụ 2026-02-16.");
            }
            else if (parsed.Year != year)
            {
                errors.Add(field + "date", $"Ngày {parsed:dd/MM/yyyy} không thuộc năm {year}.");
            }
            else if (!seen.Add(parsed))
            {
                errors.Add(field + "date", $"Ngày {parsed:dd/MM/yyyy} đã có trong danh sách.");
            }
            else
            {
                date = parsed;
            }

            var kind = ParseKind(change.Kind);
            if (kind is null)
            {
                errors.Add(field + "kind", "Loại ngày không hợp lệ: chọn Working, Holiday, Compensatory, SwapDayOff, MakeUpWorkday hoặc LocalDayOff.");
            }
            else if (date is { } d && kind == DayKind.MakeUpWorkday && !IsWeekend(d))
            {
                errors.Add(field + "kind", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
            }
            else if (date is { } w && kind == DayKind.SwapDayOff && IsWeekend(w))
            {
                errors.Add(field + "kind", "Ngày nghỉ hoán đổi phải là một ngày làm việc trong tuần.");
            }

            errors.Required(field + "reason", change.Reason, "Lý do", CalendarOverride.ReasonMaxLength);
            errors.Optional(field + "source", change.Source, "Văn bản quyết định", CalendarOverride.SourceMaxLength);
            if (date is { } ok && kind is { } k)
            {
                days.Add(new CalendarDay(ok, k, change.Reason?.Trim(), change.Source));
            }
        }

        return errors.IsEmpty ? days : errors.ToError();
    }

    private static DayKind? ParseKind(string? value) =>
        Kinds.Cast<DayKind?>().FirstOrDefault(k => string.Equals(k.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string Describe(CalendarDay day) =>
        $"{day.Date:yyyy-MM-dd} {day.Kind}: {day.Reason}{(day.Source is null ? "" : $" ({day.Source})")}";
}

internal static class ChangeWorkingCalendarEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/calendar/{year:int}", async (int year, ChangeWorkingCalendarRequest request, ChangeWorkingCalendarHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(year, request, cancellationToken)).Match(calendar => TypedResults.Ok(calendar)))
            .RequireAuthorization(Policies.SystemAdmin)
            .WithName("ChangeWorkingCalendar")
            .WithSummary("Thay toàn bộ danh sách thay đổi chính thức của một năm (hoán đổi, làm bù, nghỉ riêng của tỉnh…)")
            .Produces<CalendarYear>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>The administrator's page: the year's official changes, each removable, and a form to add one.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class ChangeWorkingCalendarModel(
    ChangeWorkingCalendarHandler handler, DbContext db, BusinessClock clock, IStringLocalizer<CalendarText> text) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    public IReadOnlyList<CalendarOverride> Changes { get; private set; } = [];

    public int ShownYear => Year ?? clock.Today.Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (CalendarYearQuery.CheckYear(ShownYear) is not null)
        {
            return NotFound();
        }

        Changes = await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (CalendarYearQuery.CheckYear(ShownYear) is not null)
        {
            return NotFound();
        }

        Changes = await LoadAsync(cancellationToken);
        var list = Changes.Select(ToChange).Append(new CalendarChange(Date, Kind, Reason, Source)).ToList();
        var result = await handler.HandleAsync(ShownYear, new ChangeWorkingCalendarRequest(list), cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = text["Manage.Added", Date!];
            return Redirect($"/quan-tri/lich-lam-viec/{ShownYear}");
        }

        ShowErrors(OnTheForm(result.Error, list.Count - 1));
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? remove, CancellationToken cancellationToken)
    {
        if (CalendarYearQuery.CheckYear(ShownYear) is not null)
        {
            return NotFound();
        }

        Changes = await LoadAsync(cancellationToken);
        var list = Changes.Where(c => c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) != remove).Select(ToChange).ToList();
        var result = await handler.HandleAsync(ShownYear, new ChangeWorkingCalendarRequest(list), cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = text["Manage.Removed", remove ?? string.Empty];
            return Redirect($"/quan-tri/lich-lam-viec/{ShownYear}");
        }

        ShowErrors(result.Error);
        return Page();
    }

    private static CalendarChange ToChange(CalendarOverride day) =>
        new(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Kind.ToString(), day.Reason, day.Source);

    /// <summary>The errors of the new row go next to the form's fields; others (there should be none) to the summary.</summary>
    private static Error OnTheForm(Error error, int index)
    {
        var prefix = $"days[{index}].";
        var fields = (error.Fields ?? new Dictionary<string, string[]>())
            .GroupBy(f => f.Key.StartsWith(prefix, StringComparison.Ordinal) ? f.Key[prefix.Length..] : "form", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => f.Value).ToArray(), StringComparer.Ordinal);
        return error with { Fields = fields };
    }

    private async Task<IReadOnlyList<CalendarOverride>> LoadAsync(CancellationToken cancellationToken) =>
        await CalendarYearQuery.OfYear(db.Set<CalendarOverride>().AsNoTracking(), ShownYear).ToListAsync(cancellationToken);
}
