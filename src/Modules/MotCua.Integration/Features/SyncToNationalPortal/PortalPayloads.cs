using System.Globalization;
using MotCua.Dossiers.Contracts;
using MotCua.Kernel.Time;

namespace MotCua.Integration.Features.SyncToNationalPortal;

/// <summary>Builds what the national portal is sent from what MotCua knows; pure, so every rule is unit-tested.</summary>
internal static class PortalPayloads
{
    /// <summary>The portal's date-time format: Vietnam local time, no separators.</summary>
    public const string TimeFormat = "yyyyMMddHHmmss";

    private static readonly Dictionary<int, string> StatusNames = new()
    {
        [1] = "Mới đăng ký",
        [2] = "Được tiếp nhận",
        [3] = "Không được tiếp nhận",
        [4] = "Đang xử lý",
        [5] = "Yêu cầu bổ sung giấy tờ",
        [6] = "Yêu cầu thực hiện nghĩa vụ tài chính",
        [7] = "Công dân yêu cầu rút hồ sơ",
        [8] = "Dừng xử lý",
        [9] = "Đã xử lý xong",
        [10] = "Đã trả kết quả",
    };

    // The tiến trình line the portal shows the applicant, one per trigger of the Dossiers lifecycle.
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["ReceiveAtDesk"] = "Nộp hồ sơ trực tiếp tại Bộ phận Một cửa",
        ["ReceiveByPost"] = "Nhận hồ sơ qua dịch vụ bưu chính công ích",
        ["SubmitOnline"] = "Nộp hồ sơ trực tuyến",
        ["Accept"] = "Tiếp nhận hồ sơ, hẹn trả kết quả",
        ["RequestSupplement"] = "Yêu cầu bổ sung, hoàn thiện hồ sơ",
        ["SupplySupplement"] = "Bổ sung hồ sơ",
        ["Refuse"] = "Từ chối tiếp nhận hồ sơ",
        ["Transfer"] = "Chuyển hồ sơ đến cơ quan giải quyết",
        ["AssignHandler"] = "Phân công cán bộ xử lý",
        ["CompleteStep"] = "Hoàn thành bước xử lý",
        ["ReturnToStep"] = "Trả lại bước xử lý trước",
        ["SubmitForApproval"] = "Trình ký duyệt",
        ["Approve"] = "Phê duyệt kết quả",
        ["SendToOtherAgency"] = "Chuyển xử lý liên thông",
        ["ReceiveFromOtherAgency"] = "Nhận lại hồ sơ liên thông",
        ["RequestFinancialObligation"] = "Yêu cầu thực hiện nghĩa vụ tài chính",
        ["ConfirmPayment"] = "Xác nhận hoàn thành nghĩa vụ tài chính",
        ["Stop"] = "Dừng xử lý hồ sơ",
        ["MarkResultReady"] = "Có kết quả, chờ trả",
        ["ReturnResult"] = "Trả kết quả",
        ["Withdraw"] = "Rút hồ sơ",
        ["Apologize"] = "Xin lỗi và hẹn lại ngày trả kết quả",
    };

    public static string StatusName(int status) =>
        StatusNames.TryGetValue(status, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(status), status, "TrangThaiHoSo is 1–10.");

    public static bool IsStatus(int status) => StatusNames.ContainsKey(status);

    /// <summary>A trigger the connector does not know yet still reaches the portal, under its own name, rather than blocking the dossier.</summary>
    public static string ActionOf(string trigger) => Actions.TryGetValue(trigger, out var action) ? action : trigger;

    public static string Time(DateTime utc) => BusinessClock.ToLocal(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string? Time(DateTime? utc) => utc is { } value ? Time(value) : null;

    public static PortalDossier Create(DossierFacts dossier, DossierStateChanged first)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(first);
        return new PortalDossier(
            dossier.Code,
            dossier.ProcedureCode,
            dossier.ProcedureName,
            Channel(dossier.Channel),
            Party(dossier.Applicant),
            dossier.Representative is { } representative ? Party(representative) : null,
            Time(dossier.SubmittedAtUtc),
            Time(dossier.ReceivedAtUtc),
            Time(dossier.AppointmentAtUtc),
            Status(first.NationalStatus));
    }

    public static PortalProgress Progress(DossierStateChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new PortalProgress(
            change.Code, change.Sequence, change.Trigger, ActionOf(change.Trigger), change.Actor, Time(change.AtUtc),
            Status(change.NationalStatus), change.Reason);
    }

    public static PortalStatus StatusOf(DossierStateChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new PortalStatus(change.Code, change.Sequence, Status(change.NationalStatus), Time(change.AtUtc));
    }

    /// <summary>KenhThucHien: 1 in person, 2 online, 3 public postal service (DOMAIN B §2.2).</summary>
    public static int Channel(int channel) =>
        channel is >= 1 and <= 3 ? channel : throw new ArgumentOutOfRangeException(nameof(channel), channel, "KenhThucHien is 1–3.");

    private static int Status(int status) => IsStatus(status) ? status : throw new ArgumentOutOfRangeException(nameof(status), status, "TrangThaiHoSo is 1–10.");

    /// <summary>LoaiDoiTuong: 1 a citizen, 2 an organisation.</summary>
    private static PortalParty Party(DossierParty party) =>
        new(party.IsOrganisation ? 2 : 1, party.Name, party.Identifier, party.Phone, party.Email);
}
