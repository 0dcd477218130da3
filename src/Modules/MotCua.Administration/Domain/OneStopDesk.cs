using MotCua.Administration.Contracts;

namespace MotCua.Administration.Domain;

/// <summary>Bộ phận Một cửa (Bộ phận Tiếp nhận và Trả kết quả) attached to a unit.</summary>
public sealed class OneStopDesk
{
    public const int AddressMaxLength = 512;
    public const int PhoneMaxLength = 32;

    private OneStopDesk()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Identifier used as the prefix of the dossier codes it issues (TT 01/2018 Đ19).</summary>
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public DeskKind Kind { get; private set; }

    public Guid UnitId { get; private set; }

    public string Address { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    public bool IsDemo { get; private set; }

    public static OneStopDesk Create(Guid id, string code, string name, DeskKind kind, Guid unitId, string address, string? phone, bool isDemo) => new()
    {
        Id = id,
        Code = code.Trim(),
        Name = name.Trim(),
        Kind = kind,
        UnitId = unitId,
        Address = address.Trim(),
        Phone = phone?.Trim(),
        IsDemo = isDemo,
    };

    public void Update(string name, DeskKind kind, string address, string? phone)
    {
        Name = name.Trim();
        Kind = kind;
        Address = address.Trim();
        Phone = phone?.Trim();
    }

    /// <summary>Which level of unit each kind of desk serves (NĐ 61/2018 Đ7).</summary>
    public static bool CanAttachTo(DeskKind desk, UnitKind unit) => (desk, unit) switch
    {
        (DeskKind.ProvincialServiceCentre or DeskKind.BorderGateStation, UnitKind.Province) => true,
        (DeskKind.AgencyDesk, UnitKind.ProvincialAgency) => true,
        (DeskKind.DistrictDesk, UnitKind.DistrictCommittee) => true,
        (DeskKind.CommuneDesk, UnitKind.Commune) => true,
        _ => false,
    };
}
