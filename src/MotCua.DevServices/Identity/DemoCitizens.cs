namespace MotCua.DevServices.Identity;

/// <summary>A citizen the development identity provider knows, as VNeID would describe them.</summary>
public sealed record DemoCitizen(string Identifier, string FullName, DateOnly BirthDate, string Phone, string? Email);

public static class DemoCitizens
{
    /// <summary>The password of every demo citizen (development only).</summary>
    public const string Password = "MotCua@2026";

    /// <summary>
    /// The first two are the applicants of the first demo dossiers (see the Dossiers demo data), so "my dossiers" has
    /// something to show; the others have none yet.
    /// </summary>
    public static readonly IReadOnlyList<DemoCitizen> All =
    [
        new("010060001234", "Nguyễn Văn Minh", new DateOnly(1960, 5, 14), "0912345678", "minh.nv@congdan.demo"),
        new("010167009153", "Trần Thị Lan", new DateOnly(1967, 11, 2), "0987654321", "lan.tt@congdan.demo"),
        new("001190123456", "Phạm Thị Mai", new DateOnly(1990, 8, 19), "0901234567", "mai.pt@congdan.demo"),
        new("036185004321", "Vũ Thị Thu", new DateOnly(1985, 3, 8), "0934567890", "thu.vt@congdan.demo"),
        new("038092007777", "Lê Văn Hùng", new DateOnly(1992, 6, 30), "0977123456", "hung.lv@congdan.demo"),
    ];

    public static DemoCitizen? Find(string? identifier) => All.FirstOrDefault(c => c.Identifier == identifier?.Trim());
}
