using System.Text.Json.Serialization;

namespace MotCua.DevServices.NationalPortal;

// The portal's sync API as it is on the wire (DVCQG field names). The fake keeps its own copy of the shape, as the
// real portal would: nothing here is shared with MotCua's code.

internal sealed record WireParty(
    [property: JsonPropertyName("LoaiDoiTuong")] int Kind,
    [property: JsonPropertyName("HoTen")] string Name,
    [property: JsonPropertyName("SoDinhDanh")] string Identifier,
    [property: JsonPropertyName("SoDienThoai")] string? Phone,
    [property: JsonPropertyName("Email")] string? Email);

internal sealed record WireDossier(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("MaTTHC")] string ProcedureCode,
    [property: JsonPropertyName("TenTTHC")] string? ProcedureName,
    [property: JsonPropertyName("KenhThucHien")] int Channel,
    [property: JsonPropertyName("ChuHoSo")] WireParty Applicant,
    [property: JsonPropertyName("NguoiNop")] WireParty? Representative,
    [property: JsonPropertyName("NgayNopHoSo")] string SubmittedAt,
    [property: JsonPropertyName("NgayTiepNhan")] string? ReceivedAt,
    [property: JsonPropertyName("NgayHenTra")] string? AppointmentAt,
    [property: JsonPropertyName("TrangThaiHoSo")] int Status);

internal sealed record WireProgress(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("STT")] int Sequence,
    [property: JsonPropertyName("MaHanhDong")] string Trigger,
    [property: JsonPropertyName("HanhDong")] string Action,
    [property: JsonPropertyName("NguoiXuLy")] string Actor,
    [property: JsonPropertyName("ThoiDiemXuLy")] string At,
    [property: JsonPropertyName("TrangThaiHoSo")] int Status,
    [property: JsonPropertyName("NoiDung")] string? Note);

internal sealed record WireStatus(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("STT")] int Sequence,
    [property: JsonPropertyName("TrangThaiHoSo")] int Status,
    [property: JsonPropertyName("NgayCapNhat")] string At);

internal sealed record WireLookup([property: JsonPropertyName("DanhSachMaHoSo")] IReadOnlyList<string>? Codes);

internal sealed record WireDossierState(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("TrangThaiHoSo")] int Status);

internal sealed record WireLookupResult([property: JsonPropertyName("HoSo")] IReadOnlyList<WireDossierState> Dossiers);

internal sealed record WireToken(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

internal sealed record WireError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
