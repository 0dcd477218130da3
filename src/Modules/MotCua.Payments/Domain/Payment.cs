using MotCua.Kernel.Results;

namespace MotCua.Payments.Domain;

public enum PaymentState
{
    /// <summary>Sent to the platform; waiting for its signed confirmation.</summary>
    Pending = 1,

    /// <summary>The platform confirmed the money was taken: a receipt (biên lai) is issued.</summary>
    Paid = 2,

    /// <summary>Declined or cancelled on the platform.</summary>
    Failed = 3,

    /// <summary>No confirmation within the payment window.</summary>
    Expired = 4,
}

/// <summary>What the platform says about an order, from a signed callback or a signed status answer.</summary>
public enum GatewayStatus
{
    Success = 1,
    Pending = 2,
    Failed = 3,
    NotFound = 4,
}

/// <summary>A platform's signed statement about one order (already checked for its signature).</summary>
public sealed record GatewayReport(string OrderId, string? TransactionId, long? AmountDong, string? Reference, GatewayStatus Status, DateTime? PaidAtUtc);

/// <summary>What a report did to the payment: <see cref="Changed"/> is false for duplicates, late reports and "still waiting".</summary>
public sealed record Settlement(PaymentState From, PaymentState To)
{
    public bool Changed => From != To;
}

/// <summary>One line of the fee breakdown: the listed amount, and zero when the citizen claimed the exemption.</summary>
public sealed class PaymentItem
{
    private PaymentItem()
    {
    }

    public PaymentItem(int number, string description, long listedAmountDong, bool exemptionClaimed, string? exemptions)
    {
        Number = number;
        Description = description;
        ListedAmountDong = listedAmountDong;
        ExemptionClaimed = exemptionClaimed;
        Exemptions = exemptions;
    }

    public int Number { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public long ListedAmountDong { get; private set; }

    public bool ExemptionClaimed { get; private set; }

    public string? Exemptions { get; private set; }

    public long AmountDong => ExemptionClaimed ? 0 : ListedAmountDong;
}

/// <summary>Who pays and for which dossier: copied at the request so that the receipt never changes afterwards.</summary>
public sealed record PaymentFor(Guid DossierId, string DossierCode, string ProcedureCode, string ProcedureName, string DeskUnitPath, string PayerIdentifier, string PayerName);

/// <summary>
/// A payment of a dossier's fees through the payment platform. Its state machine is idempotent: only a pending payment
/// moves; a report about a settled one (a duplicate callback, a callback arriving after the status query settled it)
/// changes nothing; a report that does not match the order (amount, dossier) is refused before anything changes.
/// </summary>
public sealed class Payment
{
    public const string ReceiptPrefix = "BL";

    private readonly List<PaymentItem> _items = [];

    private Payment()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The merchant's order number sent to the platform (unique).</summary>
    public string OrderId { get; private set; } = string.Empty;

    public Guid DossierId { get; private set; }

    public string DossierCode { get; private set; } = string.Empty;

    public string ProcedureCode { get; private set; } = string.Empty;

    public string ProcedureName { get; private set; } = string.Empty;

    /// <summary>The desk's unit: its staff see the payment, the receipt and the reconciliation rows.</summary>
    public string DeskUnitPath { get; private set; } = string.Empty;

    public string PayerIdentifier { get; private set; } = string.Empty;

    public string PayerName { get; private set; } = string.Empty;

    public IReadOnlyList<PaymentItem> Items => _items;

    public long AmountDong { get; private set; }

    /// <summary>DuocThanhToanTrucTuyen of the platform this payment went through (766 indicator 3.6).</summary>
    public int Platform { get; private set; }

    public PaymentState State { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? SettledAtUtc { get; private set; }

    /// <summary>"callback" or "status-query": which signed answer settled it.</summary>
    public string? SettledVia { get; private set; }

    public string? GatewayTransactionId { get; private set; }

    public DateTime? PaidAtUtc { get; private set; }

    /// <summary>Số biên lai điện tử, issued when the payment is confirmed.</summary>
    public string? ReceiptNumber { get; private set; }

    public int Version { get; private set; }

    public static Result<Payment> Request(PaymentFor payer, IReadOnlyList<PaymentItem> items, int platform, DateTime nowUtc, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(payer);
        ArgumentNullException.ThrowIfNull(items);
        var amount = items.Sum(i => i.AmountDong);
        if (amount <= 0)
        {
            return Error.Validation("nothing-to-pay", "Hồ sơ không có khoản phí, lệ phí nào phải nộp trực tuyến.");
        }

        var id = Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)));
        var payment = new Payment
        {
            Id = id,
            OrderId = NewOrderId(nowUtc),
            DossierId = payer.DossierId,
            DossierCode = payer.DossierCode,
            ProcedureCode = payer.ProcedureCode,
            ProcedureName = payer.ProcedureName,
            DeskUnitPath = payer.DeskUnitPath,
            PayerIdentifier = payer.PayerIdentifier,
            PayerName = payer.PayerName,
            AmountDong = amount,
            Platform = platform,
            State = PaymentState.Pending,
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + window,
            Version = 1,
        };
        payment._items.AddRange(items);
        return payment;
    }

    /// <summary>
    /// Applies a signed report. Refused (nothing changes) when it names another dossier or another amount; otherwise a
    /// pending payment becomes paid, failed or — once its window has passed without money — expired.
    /// </summary>
    public Result<Settlement> Settle(GatewayReport report, string via, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!string.Equals(report.OrderId, OrderId, StringComparison.Ordinal))
        {
            return Error.NotFound("payment-order-unknown", "Không có giao dịch thanh toán với mã đơn hàng này.");
        }

        if (report.Status != GatewayStatus.NotFound && !string.Equals(report.Reference, DossierCode, StringComparison.Ordinal))
        {
            return Error.Forbidden($"Thông báo thanh toán ghi hồ sơ \"{report.Reference}\" nhưng đơn hàng {OrderId} là của hồ sơ khác; không ghi nhận.");
        }

        if (report.AmountDong is { } amount && amount != AmountDong && report.Status != GatewayStatus.NotFound)
        {
            return Error.Conflict("payment-amount-mismatch", $"Số tiền thông báo ({amount}) khác số tiền của đơn hàng {OrderId} ({AmountDong}); không ghi nhận.");
        }

        if (report.Status == GatewayStatus.Success && string.IsNullOrWhiteSpace(report.TransactionId))
        {
            return Error.Validation("payment-transaction-missing", "Thông báo thanh toán thành công phải có mã giao dịch.");
        }

        var from = State;
        if (State != PaymentState.Pending)
        {
            return new Settlement(from, from);
        }

        switch (report.Status)
        {
            case GatewayStatus.Success:
                State = PaymentState.Paid;
                GatewayTransactionId = report.TransactionId!.Trim();
                PaidAtUtc = report.PaidAtUtc ?? nowUtc;
                ReceiptNumber = ReceiptPrefix + OrderId;
                break;
            case GatewayStatus.Failed:
                State = PaymentState.Failed;
                GatewayTransactionId = report.TransactionId?.Trim();
                break;
            case GatewayStatus.Pending or GatewayStatus.NotFound when nowUtc >= ExpiresAtUtc:
                State = PaymentState.Expired;
                break;
            default:
                return new Settlement(from, from);
        }

        SettledAtUtc = nowUtc;
        SettledVia = via;
        Version++;
        return new Settlement(from, State);
    }

    /// <summary>Unique and readable: the local date and ten hex digits of randomness ("MC260302A1B2C3D4E5").</summary>
    private static string NewOrderId(DateTime nowUtc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), Kernel.Time.BusinessClock.Zone);
        return "MC" + local.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture)
            + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(5));
    }
}

/// <summary>
/// The citizen says they belong to the exempted group of one fee item (đối tượng miễn, giảm): the item is charged 0 and
/// the desk sees the claim, to check it against the papers.
/// </summary>
public sealed class ExemptionClaim
{
    private ExemptionClaim()
    {
    }

    public ExemptionClaim(string dossierCode, Guid procedureVersionId, int itemNumber, string claimedBy, DateTime claimedAtUtc)
    {
        Id = Guid.CreateVersion7();
        DossierCode = dossierCode;
        ProcedureVersionId = procedureVersionId;
        ItemNumber = itemNumber;
        ClaimedBy = claimedBy;
        ClaimedAtUtc = claimedAtUtc;
    }

    public Guid Id { get; private set; }

    public string DossierCode { get; private set; } = string.Empty;

    public Guid ProcedureVersionId { get; private set; }

    public int ItemNumber { get; private set; }

    public string ClaimedBy { get; private set; } = string.Empty;

    public DateTime ClaimedAtUtc { get; private set; }
}
