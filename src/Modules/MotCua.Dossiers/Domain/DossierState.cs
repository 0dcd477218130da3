namespace MotCua.Dossiers.Domain;

/// <summary>
/// TrangThaiHoSo, the ten national status codes every dossier shows at every moment (DOMAIN A2, B §2.4; the
/// national portal's sync codes).
/// </summary>
public enum NationalStatus
{
    /// <summary>Mới đăng ký.</summary>
    Registered = 1,

    /// <summary>Được tiếp nhận.</summary>
    Received = 2,

    /// <summary>Không được tiếp nhận.</summary>
    NotReceived = 3,

    /// <summary>Đang xử lý.</summary>
    InProcessing = 4,

    /// <summary>Yêu cầu bổ sung giấy tờ.</summary>
    SupplementRequested = 5,

    /// <summary>Yêu cầu thực hiện nghĩa vụ tài chính.</summary>
    FinancialObligationRequested = 6,

    /// <summary>Công dân yêu cầu rút hồ sơ.</summary>
    Withdrawn = 7,

    /// <summary>Dừng xử lý.</summary>
    Stopped = 8,

    /// <summary>Đã xử lý xong.</summary>
    Processed = 9,

    /// <summary>Đã trả kết quả.</summary>
    ResultReturned = 10,
}

/// <summary>
/// The dossier's internal states. Each refines exactly one national status (DOMAIN A2); the lifecycle table moves
/// between them.
/// </summary>
public enum DossierState
{
    /// <summary>Submitted online, by post or at the desk and not yet checked for completeness (1).</summary>
    Submitted = 1,

    /// <summary>Incomplete at intake: form 02 issued, no clock running yet (5; NĐ 61/2018 Đ17.1a).</summary>
    AwaitingSupplementAtIntake = 2,

    /// <summary>Refused at intake with form 03 (3; NĐ 61/2018 Đ17.1b).</summary>
    Refused = 3,

    /// <summary>Accepted with a receipt (form 01), waiting to be transferred to the processing unit (2).</summary>
    Received = 4,

    /// <summary>At the processing unit, on one of the steps of the internal process (4).</summary>
    InProcessing = 5,

    /// <summary>Chờ ký duyệt: processing done, waiting for the leader's signature (4).</summary>
    AwaitingApproval = 6,

    /// <summary>Signed; the result is being issued and sent back to the desk (4).</summary>
    Approved = 7,

    /// <summary>Chờ liên thông: an inter-agency step at another agency, on its own budget (4; NĐ 61/2018 Đ19.6–7).</summary>
    AtOtherAgency = 8,

    /// <summary>Returned for supplement during processing; the clock restarts on complete re-submission (5; NĐ 61/2018 Đ19.4).</summary>
    AwaitingSupplement = 9,

    /// <summary>Waiting for the applicant's tax, fee or charge; the clock is paused (6; DOMAIN A3).</summary>
    AwaitingFinancialObligation = 10,

    /// <summary>The applicant withdrew the dossier (7).</summary>
    Withdrawn = 11,

    /// <summary>Processing stopped: refused after appraisal (8; NĐ 61/2018 Đ19.8).</summary>
    Stopped = 12,

    /// <summary>The result is signed and ready at the desk (9; ends processing for the indicators).</summary>
    ResultReady = 13,

    /// <summary>The result was handed to the applicant (10; NĐ 61/2018 Đ20).</summary>
    Returned = 14,
}

public static class DossierStates
{
    public static NationalStatus National(this DossierState state) => state switch
    {
        DossierState.Submitted => NationalStatus.Registered,
        DossierState.AwaitingSupplementAtIntake => NationalStatus.SupplementRequested,
        DossierState.Refused => NationalStatus.NotReceived,
        DossierState.Received => NationalStatus.Received,
        DossierState.InProcessing or DossierState.AwaitingApproval or DossierState.Approved or DossierState.AtOtherAgency => NationalStatus.InProcessing,
        DossierState.AwaitingSupplement => NationalStatus.SupplementRequested,
        DossierState.AwaitingFinancialObligation => NationalStatus.FinancialObligationRequested,
        DossierState.Withdrawn => NationalStatus.Withdrawn,
        DossierState.Stopped => NationalStatus.Stopped,
        DossierState.ResultReady => NationalStatus.Processed,
        DossierState.Returned => NationalStatus.ResultReturned,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Terminal states: nothing may happen to the dossier any more (DOMAIN A2: codes 3, 7, 8, 10).</summary>
    public static bool IsTerminal(this DossierState state) =>
        state is DossierState.Refused or DossierState.Withdrawn or DossierState.Stopped or DossierState.Returned;

    public static string Label(this DossierState state) => state switch
    {
        DossierState.Submitted => "Mới đăng ký, chờ kiểm tra",
        DossierState.AwaitingSupplementAtIntake => "Chờ bổ sung khi tiếp nhận",
        DossierState.Refused => "Không được tiếp nhận",
        DossierState.Received => "Đã tiếp nhận, chờ chuyển xử lý",
        DossierState.InProcessing => "Đang xử lý",
        DossierState.AwaitingApproval => "Chờ ký duyệt",
        DossierState.Approved => "Đã ký duyệt, chờ trả về bộ phận một cửa",
        DossierState.AtOtherAgency => "Chờ liên thông",
        DossierState.AwaitingSupplement => "Chờ bổ sung trong quá trình xử lý",
        DossierState.AwaitingFinancialObligation => "Chờ thực hiện nghĩa vụ tài chính",
        DossierState.Withdrawn => "Công dân rút hồ sơ",
        DossierState.Stopped => "Dừng xử lý",
        DossierState.ResultReady => "Đã có kết quả, chờ trả",
        DossierState.Returned => "Đã trả kết quả",
        _ => state.ToString(),
    };

    public static string Label(this NationalStatus status) => status switch
    {
        NationalStatus.Registered => "Mới đăng ký",
        NationalStatus.Received => "Được tiếp nhận",
        NationalStatus.NotReceived => "Không được tiếp nhận",
        NationalStatus.InProcessing => "Đang xử lý",
        NationalStatus.SupplementRequested => "Yêu cầu bổ sung giấy tờ",
        NationalStatus.FinancialObligationRequested => "Yêu cầu thực hiện nghĩa vụ tài chính",
        NationalStatus.Withdrawn => "Công dân yêu cầu rút hồ sơ",
        NationalStatus.Stopped => "Dừng xử lý",
        NationalStatus.Processed => "Đã xử lý xong",
        NationalStatus.ResultReturned => "Đã trả kết quả",
        _ => status.ToString(),
    };
}
