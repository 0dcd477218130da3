namespace MotCua.Dossiers.Domain;

/// <summary>What happens to a dossier: each is a row (or several) of <see cref="DossierLifecycle"/>.</summary>
public enum DossierTrigger
{
    /// <summary>An applicant hands the dossier in at the desk (NĐ 61/2018 Đ17.1).</summary>
    ReceiveAtDesk = 1,

    /// <summary>A dossier arrives by the public postal service (NĐ 61/2018 Đ16.3).</summary>
    ReceiveByPost = 2,

    /// <summary>An applicant submits on the public-service portal (NĐ 61/2018 Đ17.2).</summary>
    SubmitOnline = 3,

    /// <summary>Complete: receipt and appointment (form 01).</summary>
    Accept = 4,

    /// <summary>Form 02: at intake (no clock yet) or by the processing agency (NĐ 61/2018 Đ19.4).</summary>
    RequestSupplement = 5,

    SupplySupplement = 6,

    /// <summary>Form 03: refused at intake.</summary>
    Refuse = 7,

    /// <summary>Sent to the processing unit (NĐ 61/2018 Đ18).</summary>
    Transfer = 8,

    AssignHandler = 9,

    /// <summary>The current step is done; the dossier goes forward to the next step.</summary>
    CompleteStep = 10,

    ReturnToStep = 11,

    SubmitForApproval = 12,

    Approve = 13,

    /// <summary>Inter-agency step (NĐ 61/2018 Đ19.6–7).</summary>
    SendToOtherAgency = 14,

    ReceiveFromOtherAgency = 15,

    RequestFinancialObligation = 16,

    ConfirmPayment = 17,

    /// <summary>Refusal after appraisal (NĐ 61/2018 Đ19.8).</summary>
    Stop = 18,

    MarkResultReady = 19,

    /// <summary>NĐ 61/2018 Đ20: at the desk, by post or electronically.</summary>
    ReturnResult = 20,

    Withdraw = 21,

    /// <summary>Form 04 with one new appointment date (NĐ 61/2018 Đ19.9).</summary>
    Apologize = 22,
}

public static class DossierTriggers
{
    public static string Label(this DossierTrigger trigger) => trigger switch
    {
        DossierTrigger.ReceiveAtDesk => "Tiếp nhận trực tiếp",
        DossierTrigger.ReceiveByPost => "Tiếp nhận qua bưu chính",
        DossierTrigger.SubmitOnline => "Nộp trực tuyến",
        DossierTrigger.Accept => "Tiếp nhận, hẹn trả kết quả",
        DossierTrigger.RequestSupplement => "Yêu cầu bổ sung hồ sơ",
        DossierTrigger.SupplySupplement => "Bổ sung hồ sơ",
        DossierTrigger.Refuse => "Từ chối tiếp nhận",
        DossierTrigger.Transfer => "Chuyển cơ quan giải quyết",
        DossierTrigger.AssignHandler => "Phân công xử lý",
        DossierTrigger.CompleteStep => "Hoàn thành bước, chuyển bước tiếp theo",
        DossierTrigger.ReturnToStep => "Trả lại bước trước",
        DossierTrigger.SubmitForApproval => "Trình ký duyệt",
        DossierTrigger.Approve => "Ký duyệt",
        DossierTrigger.SendToOtherAgency => "Chuyển liên thông",
        DossierTrigger.ReceiveFromOtherAgency => "Nhận lại từ cơ quan liên thông",
        DossierTrigger.RequestFinancialObligation => "Yêu cầu thực hiện nghĩa vụ tài chính",
        DossierTrigger.ConfirmPayment => "Xác nhận đã thực hiện nghĩa vụ tài chính",
        DossierTrigger.Stop => "Dừng xử lý",
        DossierTrigger.MarkResultReady => "Có kết quả, chuyển bộ phận một cửa",
        DossierTrigger.ReturnResult => "Trả kết quả",
        DossierTrigger.Withdraw => "Công dân rút hồ sơ",
        DossierTrigger.Apologize => "Xin lỗi, hẹn lại ngày trả kết quả",
        _ => trigger.ToString(),
    };

    public static bool Creates(this DossierTrigger trigger) =>
        trigger is DossierTrigger.ReceiveAtDesk or DossierTrigger.ReceiveByPost or DossierTrigger.SubmitOnline;
}
