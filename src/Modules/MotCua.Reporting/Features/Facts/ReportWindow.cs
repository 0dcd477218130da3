using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Reporting.Features.Facts;

/// <summary>
/// A reporting period: local (Asia/Ho_Chi_Minh) days <see cref="From"/>–<see cref="To"/> inclusive, the UTC instants that
/// bound them, and <see cref="AsOfUtc"/> = min(end of the period, now). A dossier still open takes the period's last day,
/// or now for a period not over yet, as its end (DOMAIN B §1.4).
/// </summary>
public sealed record ReportWindow(DateOnly From, DateOnly To, DateTime StartUtc, DateTime EndUtc, DateTime AsOfUtc)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of the same length just before this one (for comparisons).</summary>
    public ReportWindow Previous(DateTime nowUtc) => ReportWindows.Of(From.AddDays(-Days), From.AddDays(-1), nowUtc);
}

public static class ReportWindows
{
    /// <summary>Longest range one request may ask for: ten years covers every statutory and multi-year comparison.</summary>
    public const int MaxDays = 3660;

    /// <summary>Validates a requested range: both ends required, in order, not absurdly long. Errors are keyed by field.</summary>
    public static Result<ReportWindow> Create(DateOnly? from, DateOnly? to, TimeProvider time, string fromField = "from", string toField = "to")
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (from is null)
        {
            errors[fromField] = ["Phải chọn ngày bắt đầu của kỳ báo cáo."];
        }

        if (to is null)
        {
            errors[toField] = ["Phải chọn ngày kết thúc của kỳ báo cáo."];
        }

        if (from is { } f && to is { } t)
        {
            if (t < f)
            {
                errors[toField] = ["Ngày kết thúc phải sau hoặc trùng ngày bắt đầu."];
            }
            else if (t.DayNumber - f.DayNumber + 1 > MaxDays)
            {
                errors[toField] = [$"Kỳ báo cáo dài tối đa {MaxDays} ngày."];
            }
        }

        return errors.Count > 0
            ? Error.Validation("report.window", "Kỳ báo cáo không hợp lệ.", errors)
            : Of(from!.Value, to!.Value, time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The window of already valid days.</summary>
    public static ReportWindow Of(DateOnly from, DateOnly to, DateTime nowUtc)
    {
        var start = StartOfDayUtc(from);
        var end = StartOfDayUtc(to.AddDays(1));
        return new ReportWindow(from, to, start, end, nowUtc < end ? (nowUtc < start ? start : nowUtc) : end);
    }

    /// <summary>The UTC instant local midnight of <paramref name="day"/> is (Vietnam has no daylight saving).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), BusinessClock.Zone);

    /// <summary>The local day of an instant.</summary>
    public static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(BusinessClock.ToLocal(utc).DateTime);
}
