using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Catalog.Contracts;
using MotCua.Kernel.Calendar;

namespace MotCua.Dossiers.Features;

/// <summary>How the desk pages and the forms write time limits and money ("10 ngày làm việc", "200.000 đồng").</summary>
public static class DeskFormat
{
    public static string Duration(this IStringLocalizer text, LegalDuration duration)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Unit.{duration.Unit}", duration.Amount.ToString("0.#", CultureInfo.CurrentCulture)];
    }

    public static string Duration(this IStringLocalizer text, TimeLimitView limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return text.Duration(new LegalDuration(limit.Amount, limit.Unit));
    }

    public static string Money(this IStringLocalizer text, long dong)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Money.Dong", dong.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))];
    }

    public static string Fees(this IStringLocalizer text, IReadOnlyList<IntakeFee> fees)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fees);
        return fees.Count == 0 || fees.All(f => f.AmountDong == 0)
            ? text["Money.None"]
            : string.Join("; ", fees.Select(f => f.AmountDong is { } amount ? $"{f.Description}: {text.Money(amount)}" : $"{f.Description}: {f.Rule}"));
    }
}
