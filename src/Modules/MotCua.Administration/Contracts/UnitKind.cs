namespace MotCua.Administration.Contracts;

/// <summary>Levels of the provincial organisation tree (see docs/domain/glossary.md).</summary>
public enum UnitKind
{
    /// <summary>Ủy ban nhân dân tỉnh.</summary>
    Province = 1,

    /// <summary>Sở, ban, ngành cấp tỉnh.</summary>
    ProvincialAgency = 2,

    /// <summary>Ủy ban nhân dân cấp huyện (thành phố, thị xã).</summary>
    DistrictCommittee = 3,

    /// <summary>Phòng, chi cục, đơn vị thuộc sở hoặc thuộc UBND cấp huyện.</summary>
    Department = 4,

    /// <summary>Ủy ban nhân dân cấp xã (xã, phường, thị trấn).</summary>
    Commune = 5,
}

/// <summary>Kinds of one-stop desk (Bộ phận Một cửa, NĐ 61/2018 Đ3, Đ7).</summary>
public enum DeskKind
{
    /// <summary>Trung tâm Phục vụ hành chính công cấp tỉnh.</summary>
    ProvincialServiceCentre = 1,

    /// <summary>Bộ phận Một cửa cấp huyện.</summary>
    DistrictDesk = 2,

    /// <summary>Bộ phận Một cửa cấp xã.</summary>
    CommuneDesk = 3,

    /// <summary>Bộ phận Một cửa của sở, ngành.</summary>
    AgencyDesk = 4,

    /// <summary>Trạm kiểm soát liên hợp cửa khẩu.</summary>
    BorderGateStation = 5,
}
