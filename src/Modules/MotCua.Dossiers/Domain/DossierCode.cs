using System.Globalization;
using System.Text.RegularExpressions;

namespace MotCua.Dossiers.Domain;

/// <summary>
/// Mã số hồ sơ <c>&lt;desk code&gt;-&lt;YYMMDD&gt;-&lt;NNNN&gt;</c> (NĐ 61/2018 Đ26; TT 01/2018 Đ19; DOMAIN A5, B §3.3):
/// the daily number is gap-free per desk and day.
/// </summary>
public static partial class DossierCode
{
    public const int MaxLength = 64;

    public static string Format(string deskCode, DateOnly receiptDate, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{deskCode}-{receiptDate:yyMMdd}-{number:D4}");
    }

    /// <summary>The lenient pattern of DOMAIN B §3.3: shorter agency codes occur in practice.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: <= MaxLength } && Pattern().IsMatch(code);

    [GeneratedRegex(@"^[0-9A-Z.]+-\d{6}-\d{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
