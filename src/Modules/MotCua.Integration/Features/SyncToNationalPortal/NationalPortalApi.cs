using System.Text.Json.Serialization;

namespace MotCua.Integration.Features.SyncToNationalPortal;

// The national portal's synchronisation API as MotCua speaks it: Vietnamese field names in PascalCase and local
// times written yyyyMMddHHmmss, the shape of the DVCQG dossier sync (DOMAIN B §2.4, IMPL).

internal sealed record PortalToken(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

internal sealed record PortalParty(
    [property: JsonPropertyName("LoaiDoiTuong")] int Kind,
    [property: JsonPropertyName("HoTen")] string Name,
    [property: JsonPropertyName("SoDinhDanh")] string Identifier,
    [property: JsonPropertyName("SoDienThoai")] string? Phone,
    [property: JsonPropertyName("Email")] string? Email);

internal sealed record PortalDossier(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("MaTTHC")] string ProcedureCode,
    [property: JsonPropertyName("TenTTHC")] string ProcedureName,
    [property: JsonPropertyName("KenhThucHien")] int Channel,
    [property: JsonPropertyName("ChuHoSo")] PortalParty Applicant,
    [property: JsonPropertyName("NguoiNop")] PortalParty? Representative,
    [property: JsonPropertyName("NgayNopHoSo")] string SubmittedAt,
    [property: JsonPropertyName("NgayTiepNhan")] string? ReceivedAt,
    [property: JsonPropertyName("NgayHenTra")] string? AppointmentAt,
    [property: JsonPropertyName("TrangThaiHoSo")] int Status);

/// <summary>One step of the tiến trình (progress) of a dossier; <see cref="Sequence"/> makes it idempotent on the portal.</summary>
internal sealed record PortalProgress(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("STT")] int Sequence,
    [property: JsonPropertyName("MaHanhDong")] string Trigger,
    [property: JsonPropertyName("HanhDong")] string Action,
    [property: JsonPropertyName("NguoiXuLy")] string Actor,
    [property: JsonPropertyName("ThoiDiemXuLy")] string At,
    [property: JsonPropertyName("TrangThaiHoSo")] int Status,
    [property: JsonPropertyName("NoiDung")] string? Note);

internal sealed record PortalStatus(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("STT")] int Sequence,
    [property: JsonPropertyName("TrangThaiHoSo")] int Status,
    [property: JsonPropertyName("NgayCapNhat")] string At);

internal sealed record PortalLookup([property: JsonPropertyName("DanhSachMaHoSo")] IReadOnlyList<string> Codes);

internal sealed record PortalDossierState(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("TrangThaiHoSo")] int Status);

internal sealed record PortalLookupResult([property: JsonPropertyName("HoSo")] IReadOnlyList<PortalDossierState> Dossiers);
