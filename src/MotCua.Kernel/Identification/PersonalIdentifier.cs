using System.Collections.Frozen;
using System.Globalization;

namespace MotCua.Kernel.Identification;

public enum Sex
{
    Male = 1,
    Female = 2,
}

/// <summary>What a valid số định danh cá nhân says about its holder (TT 07/2016/TT-BCA; DOMAIN B §7.1).</summary>
public sealed record CitizenId(string Value, string ProvinceCode, string ProvinceName, int BirthYear, Sex Sex);

/// <summary>
/// Checks identification numbers as DOMAIN A12 says: a citizen's 12-digit CCCD (birth-registration province,
/// century and sex digit, birth year; digits 7–12 are random, so there is no checksum) and an organisation's tax or
/// enterprise code (10 digits, or 13 for a branch, written 0101234567-001).
/// </summary>
public static class PersonalIdentifier
{
    // The 63 province codes before the 2025 merger. Numbers already issued keep them, so they are checked against
    // this historical list and never mapped to today's provinces (DOMAIN B §7.1).
    private static readonly FrozenDictionary<string, string> Provinces = (
        "001 Hà Nội|002 Hà Giang|004 Cao Bằng|006 Bắc Kạn|008 Tuyên Quang|010 Lào Cai|011 Điện Biên|"
        + "012 Lai Châu|014 Sơn La|015 Yên Bái|017 Hòa Bình|019 Thái Nguyên|020 Lạng Sơn|022 Quảng Ninh|"
        + "024 Bắc Giang|025 Phú Thọ|026 Vĩnh Phúc|027 Bắc Ninh|030 Hải Dương|031 Hải Phòng|033 Hưng Yên|"
        + "034 Thái Bình|035 Hà Nam|036 Nam Định|037 Ninh Bình|038 Thanh Hóa|040 Nghệ An|042 Hà Tĩnh|"
        + "044 Quảng Bình|045 Quảng Trị|046 Thừa Thiên Huế|048 Đà Nẵng|049 Quảng Nam|051 Quảng Ngãi|"
        + "052 Bình Định|054 Phú Yên|056 Khánh Hòa|058 Ninh Thuận|060 Bình Thuận|062 Kon Tum|064 Gia Lai|"
        + "066 Đắk Lắk|067 Đắk Nông|068 Lâm Đồng|070 Bình Phước|072 Tây Ninh|074 Bình Dương|075 Đồng Nai|"
        + "077 Bà Rịa – Vũng Tàu|079 TP Hồ Chí Minh|080 Long An|082 Tiền Giang|083 Bến Tre|084 Trà Vinh|"
        + "086 Vĩnh Long|087 Đồng Tháp|089 An Giang|091 Kiên Giang|092 Cần Thơ|093 Hậu Giang|"
        + "094 Sóc Trăng|095 Bạc Liêu|096 Cà Mau")
        .Split('|')
        .ToFrozenDictionary(p => p[..3], p => p[4..], StringComparer.Ordinal);

    /// <summary>
    /// Parses a CCCD. <paramref name="today"/> bounds the birth year; <paramref name="birthDate"/>, when known, must
    /// agree with digits 4–6. Errors are Vietnamese sentences a desk officer can read to the applicant.
    /// </summary>
    public static bool TryParseCitizenId(string? value, DateOnly today, DateOnly? birthDate, out CitizenId? id, out string? error)
    {
        id = null;
        var digits = value?.Trim() ?? string.Empty;
        if (digits.Length != 12 || !digits.All(char.IsAsciiDigit))
        {
            error = "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.";
            return false;
        }

        var province = digits[..3];
        if (!Provinces.TryGetValue(province, out var provinceName))
        {
            error = $"Ba chữ số đầu \"{province}\" không phải mã tỉnh, thành phố nơi đăng ký khai sinh.";
            return false;
        }

        // TT 07/2016/TT-BCA: digit 4 is the century (0/1 = 1900s, 2/3 = 2000s, …) and sex (even = male).
        var centuryDigit = digits[3] - '0';
        var birthYear = 1900 + (100 * (centuryDigit / 2)) + int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (birthYear > today.Year)
        {
            error = $"Số định danh cho năm sinh {birthYear}, sau năm hiện tại: kiểm tra lại chữ số thứ 4 đến thứ 6.";
            return false;
        }

        if (birthDate is { } born && born.Year != birthYear)
        {
            error = $"Số định danh cho năm sinh {birthYear}, không khớp với ngày sinh {born:dd/MM/yyyy}.";
            return false;
        }

        id = new CitizenId(digits, province, provinceName, birthYear, centuryDigit % 2 == 0 ? Sex.Male : Sex.Female);
        error = null;
        return true;
    }

    /// <summary>Mã số thuế / mã số doanh nghiệp: 10 digits, or 10 digits, a dash and 3 digits for a branch.</summary>
    public static bool IsValidOrganisationCode(string? value)
    {
        var code = value?.Trim() ?? string.Empty;
        return code.Length switch
        {
            10 => code.All(char.IsAsciiDigit),
            13 => code.All(char.IsAsciiDigit),
            14 => code[10] == '-' && code.Remove(10, 1).All(char.IsAsciiDigit),
            _ => false,
        };
    }
}
