using System.Text.RegularExpressions;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Calendar;

namespace MotCua.Administration.Domain;

/// <summary>A node of the provincial organisation tree (tỉnh → sở / UBND huyện → phòng / xã).</summary>
public sealed partial class OrganisationUnit
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 256;

    private OrganisationUnit()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Mã định danh (QCVN 102:2016), e.g. <c>000.00.12.H40</c>; also the prefix of dossier codes.</summary>
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public UnitKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Materialised path of codes ("/H40/000.00.12.H40/"), so scope checks and subtree queries are prefix matches.</summary>
    public string Path { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    public bool IsDemo { get; private set; }

    public TimeOnly? MorningStart { get; private set; }

    public TimeOnly? MorningEnd { get; private set; }

    public TimeOnly? AfternoonStart { get; private set; }

    public TimeOnly? AfternoonEnd { get; private set; }

    public TimeOnly? CutOff { get; private set; }

    /// <summary>The unit's own office hours, or null when it keeps those of the unit above it.</summary>
    public OfficeHours? OwnOfficeHours =>
        MorningStart is { } ms && MorningEnd is { } me && AfternoonStart is { } @as && AfternoonEnd is { } ae && CutOff is { } cut
            ? new OfficeHours(ms, me, @as, ae, cut)
            : null;

    public static OrganisationUnit Create(Guid id, string code, string name, UnitKind kind, OrganisationUnit? parent, int sortOrder, bool isDemo) => new()
    {
        Id = id,
        Code = code.Trim(),
        Name = name.Trim(),
        Kind = kind,
        ParentId = parent?.Id,
        Path = (parent?.Path ?? "/") + code.Trim() + "/",
        SortOrder = sortOrder,
        IsDemo = isDemo,
    };

    public void Rename(string name, int sortOrder)
    {
        Name = name.Trim();
        SortOrder = sortOrder;
    }

    public void SetOfficeHours(OfficeHours? hours)
    {
        MorningStart = hours?.MorningStart;
        MorningEnd = hours?.MorningEnd;
        AfternoonStart = hours?.AfternoonStart;
        AfternoonEnd = hours?.AfternoonEnd;
        CutOff = hours?.CutOff;
    }

    /// <summary>0 for the province, 1 for its agencies and district committees, and so on.</summary>
    public int Depth => PathDepth(Path);

    public static int PathDepth(string path) => Math.Max(0, path.Count(c => c == '/') - 2);

    /// <summary>"/H40/000.00.12.H40/000.01.12.H40/" → "/H40/000.00.12.H40/"; null at the root.</summary>
    public static string? ParentPathOf(string path)
    {
        var end = path.LastIndexOf('/', path.Length - 2);
        return end <= 0 ? null : path[..(end + 1)];
    }

    /// <summary>
    /// QCVN 102:2016 identifiers look like <c>000.00.12.H40</c>; shorter ones (<c>G09.20</c>) occur in practice, so
    /// any dot-separated groups of digits and capital letters are accepted.
    /// </summary>
    public static bool IsValidCode(string? code) =>
        code is { Length: > 0 and <= CodeMaxLength } && CodeShape().IsMatch(code);

    public UnitSummary ToSummary() => new(Id, Code, Name, Kind, ParentId, Path);

    /// <summary>Which kinds may sit under which: the shape of a Vietnamese province.</summary>
    public static bool CanContain(UnitKind? parent, UnitKind child) => (parent, child) switch
    {
        (null, UnitKind.Province) => true,
        (UnitKind.Province, UnitKind.ProvincialAgency or UnitKind.DistrictCommittee) => true,
        (UnitKind.ProvincialAgency, UnitKind.Department) => true,
        (UnitKind.DistrictCommittee, UnitKind.Department or UnitKind.Commune) => true,
        _ => false,
    };

    [GeneratedRegex("^[0-9A-Z]+(\\.[0-9A-Z]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();
}
