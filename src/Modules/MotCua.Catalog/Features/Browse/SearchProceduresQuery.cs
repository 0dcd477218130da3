using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;
using MotCua.Kernel.Text;

namespace MotCua.Catalog.Features.Browse;

/// <summary>The raw query string of a catalog search, as typed by a visitor or sent by a system.</summary>
public sealed record SearchProceduresQuery(
    [property: FromQuery(Name = "q")] string? Q = null,
    [property: FromQuery(Name = "agency")] string? Agency = null,
    [property: FromQuery(Name = "field")] string? Field = null,
    [property: FromQuery(Name = "level")] string? Level = null,
    [property: FromQuery(Name = "online")] string? Online = null,
    [property: FromQuery(Name = "at")] string? At = null,
    [property: FromQuery(Name = "after")] string? After = null,
    [property: FromQuery(Name = "limit")] string? Limit = null)
{
    public const int MaxQueryLength = 200;

    public static readonly IReadOnlyList<string> ParameterNames = ["q", "agency", "field", "level", "online", "at", "after", "limit"];

    /// <summary>
    /// Checks every parameter at once and reports each bad one under its own name. Whether the agency and field
    /// codes exist is checked by the handler, which has the database.
    /// </summary>
    public Result<SearchCriteria> Parse(DateOnly today, IEnumerable<string>? presentParameters = null)
    {
        var errors = new ValidationErrors();
        foreach (var name in presentParameters ?? [])
        {
            if (!ParameterNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(name, $"Tham số \"{name}\" không được hỗ trợ. Các tham số hợp lệ: {string.Join(", ", ParameterNames)}.");
            }
        }

        if (Q is { Length: > MaxQueryLength })
        {
            errors.Add("q", $"Từ khóa tìm kiếm không được dài quá {MaxQueryLength} ký tự.");
        }

        var level = ParseLevel(Blank(Level), errors);
        var online = ParseOnline(Blank(Online), errors);
        var day = ParseDay(Blank(At), "at", errors) ?? today;
        var after = ParseCursor(Blank(After), errors);
        var limit = ParseLimit(Blank(Limit), errors);
        if (!errors.IsEmpty)
        {
            return errors.ToError("Tham số tìm kiếm không hợp lệ. Vui lòng kiểm tra các tham số được nêu.");
        }

        return new SearchCriteria(
            Words(Q), Blank(Agency)?.Trim(), Blank(Field)?.Trim(), level, online, day, after, limit);
    }

    /// <summary>The folded words of a search, each of which must appear in a procedure's code or name.</summary>
    public static IReadOnlyList<string> Words(string? q) =>
        VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Parses a legal day given as <c>YYYY-MM-DD</c>.</summary>
    public static DateOnly? ParseDay(string? value, string parameter, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(parameter, $"Ngày \"{value}\" không hợp lệ: dùng định dạng YYYY-MM-DD, ví dụ 2026-03-02.");
        return null;
    }

    private static CompetenceLevels? ParseLevel(string? value, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var level in (CompetenceLevels[])[CompetenceLevels.Province, CompetenceLevels.District, CompetenceLevels.Commune])
        {
            if (string.Equals(value.Trim(), level.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        errors.Add("level", $"Cấp thực hiện \"{value}\" không hợp lệ: dùng Province (tỉnh), District (huyện) hoặc Commune (xã).");
        return null;
    }

    private static OnlineServiceLevel? ParseOnline(string? value, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var level in Enum.GetValues<OnlineServiceLevel>())
        {
            if (string.Equals(value.Trim(), level.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        errors.Add("online", $"Mức độ dịch vụ công trực tuyến \"{value}\" không hợp lệ: dùng None (không), Partial (một phần) hoặc Full (toàn trình).");
        return null;
    }

    /// <summary>
    /// The cursor carries the last code seen; its name, the first sort key, is looked up again by the handler, since
    /// names of up to 500 Vietnamese characters would not fit a cursor.
    /// </summary>
    private static string? ParseCursor(string? value, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (Keyset.TryDecode(value, out var code) && Procedure.IsValidCode(code))
        {
            return code;
        }

        errors.Add("after", "Con trỏ phân trang không hợp lệ.");
        return null;
    }

    private static int ParseLimit(string? value, ValidationErrors errors)
    {
        if (value is null)
        {
            return Keyset.DefaultLimit;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= Keyset.MaxLimit)
        {
            return limit;
        }

        errors.Add("limit", $"Số bản ghi mỗi trang phải là số nguyên từ 1 đến {Keyset.MaxLimit}.");
        return Keyset.DefaultLimit;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>
/// A validated search: folded words, filters, the legal day and the page wanted. Results are ordered by name then
/// code (codes are unique, so the order is total); <see cref="AfterCode"/> is the last code of the previous page.
/// </summary>
public sealed record SearchCriteria(
    IReadOnlyList<string> Words,
    string? AgencyCode,
    string? FieldCode,
    CompetenceLevels? Level,
    OnlineServiceLevel? Online,
    DateOnly Day,
    string? AfterCode,
    int Limit);
