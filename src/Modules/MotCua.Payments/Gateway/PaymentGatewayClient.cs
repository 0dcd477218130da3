using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;
using MotCua.Payments.Domain;

namespace MotCua.Payments.Gateway;

/// <summary>A transaction as the platform lists it for a day (reconciliation).</summary>
public sealed record GatewayTransaction(string OrderId, string? TransactionId, long? AmountDong, GatewayStatus? Status, string? Reference, DateTime? PaidAtUtc);

/// <summary>
/// The adapter of the payment platform, shaped like the national platform's flow: a signed redirect to its payment
/// page, a signed browser return, a signed server-to-server callback, a signed status query, and the day's transaction
/// list for reconciliation. Every call out has the configured timeout and runs outside any database transaction.
/// </summary>
public sealed partial class PaymentGatewayClient(HttpClient http, IOptions<GatewayOptions> options, BusinessClock clock, ILogger<PaymentGatewayClient> logger)
{
    private GatewayOptions Settings => options.Value;

    public bool IsConfigured => Settings.IsConfigured;

    /// <summary>The platform's payment page for <paramref name="payment"/>, with the signed request parameters.</summary>
    public Uri PaymentPageUrl(Payment payment, Uri returnUrl, Uri notifyUrl)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(returnUrl);
        ArgumentNullException.ThrowIfNull(notifyUrl);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["merchant_code"] = Settings.MerchantCode,
            ["order_id"] = payment.OrderId,
            ["amount"] = payment.AmountDong.ToString(CultureInfo.InvariantCulture),
            ["currency"] = "VND",
            ["order_info"] = $"Nộp phí, lệ phí hồ sơ {payment.DossierCode}",
            ["reference"] = payment.DossierCode,
            ["return_url"] = returnUrl.ToString(),
            ["notify_url"] = notifyUrl.ToString(),
            ["created_at"] = GatewayCodes.Format(payment.CreatedAtUtc),
            ["expires_at"] = GatewayCodes.Format(payment.ExpiresAtUtc),
            ["locale"] = "vi",
        };
        fields[GatewaySignature.Field] = GatewaySignature.Sign(Settings.Secret, fields);
        return new Uri(QueryHelpers.AddQueryString(new Uri(Settings.BaseUrl!, "thanh-toan").ToString(), fields));
    }

    /// <summary>Checks a callback's merchant and signature and reads it; a forgery is refused before anything is looked up.</summary>
    public Result<GatewayReport> Read(GatewayCallback message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Settings.IsConfigured || !GatewaySignature.Verify(Settings.Secret, message.Fields(), message.Signature))
        {
            return Error.Forbidden("Chữ ký của thông báo thanh toán không hợp lệ; không ghi nhận.");
        }

        if (!string.Equals(message.MerchantCode, Settings.MerchantCode, StringComparison.Ordinal))
        {
            return Error.Forbidden("Thông báo thanh toán không dành cho đơn vị này; không ghi nhận.");
        }

        if (string.IsNullOrWhiteSpace(message.OrderId) || GatewayCodes.StatusOf(message.Status) is not { } status)
        {
            return Error.Validation("payment-message-invalid", "Thông báo thanh toán thiếu mã đơn hàng hoặc trạng thái.");
        }

        var amount = GatewayCodes.ParseAmount(message.Amount);
        if (message.Amount is not null && amount is null)
        {
            return Error.Validation("payment-message-invalid", "Số tiền trong thông báo thanh toán không hợp lệ.");
        }

        return new GatewayReport(message.OrderId, message.TransactionId, amount, message.Reference, status, GatewayCodes.ParseUtc(message.PaidAt));
    }

    /// <summary>The browser's return: trusted only for what it says about where to go, never to settle the payment.</summary>
    public GatewayReport? ReadReturn(IReadOnlyDictionary<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Value(string key) => query.TryGetValue(key, out var value) ? value : null;
        var message = new GatewayCallback(Settings.MerchantCode, Value("order_id"), Value("transaction_id"), Value("amount"), Value("status"),
            Value("reference"), Value("paid_at"), Value(GatewaySignature.Field));
        var fields = message.Fields().Where(f => f.Key != "merchant_code");
        if (!Settings.IsConfigured || !GatewaySignature.Verify(Settings.Secret, fields, message.Signature))
        {
            return null;
        }

        return GatewayCodes.StatusOf(message.Status) is { } status && message.OrderId is { } orderId
            ? new GatewayReport(orderId, message.TransactionId, GatewayCodes.ParseAmount(message.Amount), message.Reference, status, GatewayCodes.ParseUtc(message.PaidAt))
            : null;
    }

    /// <summary>Asks the platform what became of an order (signed both ways).</summary>
    public async Task<Result<GatewayReport>> QueryStatusAsync(string orderId, CancellationToken cancellationToken)
    {
        if (!Settings.IsConfigured)
        {
            return NotConfigured();
        }

        var requestTime = GatewayCodes.Format(clock.UtcNow);
        var signature = GatewaySignature.Sign(Settings.Secret,
            [new("merchant_code", Settings.MerchantCode), new("order_id", orderId), new("request_time", requestTime)]);
        var answer = await PostAsync<StatusQueryRequest, GatewayCallback>(
            "api/giao-dich/tra-cuu", new StatusQueryRequest(Settings.MerchantCode, orderId, requestTime, signature), cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var report = Read(answer.Value);
        if (!report.IsSuccess)
        {
            LogUntrusted(orderId, report.Error.Message);
            return Error.Unavailable("payment-gateway-untrusted", "Cổng thanh toán trả lời không hợp lệ (sai chữ ký); trạng thái thanh toán giữ nguyên.");
        }

        return report.Value.OrderId == orderId
            ? report
            : Error.Unavailable("payment-gateway-untrusted", "Cổng thanh toán trả lời cho một đơn hàng khác; trạng thái thanh toán giữ nguyên.");
    }

    /// <summary>The platform's transactions of one day (Vietnam time), for reconciliation.</summary>
    public async Task<Result<IReadOnlyList<GatewayTransaction>>> DailyTransactionsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (!Settings.IsConfigured)
        {
            return NotConfigured();
        }

        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var requestTime = GatewayCodes.Format(clock.UtcNow);
        var signature = GatewaySignature.Sign(Settings.Secret,
            [new("merchant_code", Settings.MerchantCode), new("date", date), new("request_time", requestTime)]);
        var answer = await PostAsync<DailyListRequest, DailyList>(
            "api/giao-dich/theo-ngay", new DailyListRequest(Settings.MerchantCode, date, requestTime, signature), cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        return (answer.Value.Transactions ?? [])
            .Where(t => !string.IsNullOrWhiteSpace(t.OrderId))
            .Select(t => new GatewayTransaction(t.OrderId!, t.TransactionId, GatewayCodes.ParseAmount(t.Amount), GatewayCodes.StatusOf(t.Status), t.Reference, GatewayCodes.ParseUtc(t.PaidAt)))
            .ToList();
    }

    private static Error NotConfigured() =>
        Error.Unavailable("payment-gateway-not-configured", "Chưa cấu hình cổng thanh toán trực tuyến (Payments:Gateway).");

    private async Task<Result<TResponse>> PostAsync<TRequest, TResponse>(string path, TRequest request, CancellationToken cancellationToken)
        where TResponse : class
    {
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri(Settings.BaseUrl!, path), request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(path, (int)response.StatusCode);
                return Error.Unavailable("payment-gateway-error", "Cổng thanh toán từ chối yêu cầu tra cứu; vui lòng thử lại sau.");
            }

            return await response.Content.ReadFromJsonAsync<TResponse>(cancellationToken) is { } body
                ? body
                : Error.Unavailable("payment-gateway-error", "Cổng thanh toán trả lời rỗng; vui lòng thử lại sau.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimeout(path, http.Timeout.TotalSeconds);
            return Error.Unavailable("payment-gateway-timeout", "Cổng thanh toán không trả lời kịp; trạng thái thanh toán giữ nguyên, vui lòng thử lại sau.");
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(path, exception);
            return Error.Unavailable("payment-gateway-unreachable", "Không kết nối được cổng thanh toán; vui lòng thử lại sau.");
        }
        catch (System.Text.Json.JsonException exception)
        {
            LogUnreachable(path, exception);
            return Error.Unavailable("payment-gateway-error", "Cổng thanh toán trả lời không đúng định dạng; vui lòng thử lại sau.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment gateway call {Path} timed out after {Seconds} s")]
    private partial void LogTimeout(string path, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment gateway call {Path} failed")]
    private partial void LogUnreachable(string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment gateway call {Path} answered HTTP {Status}")]
    private partial void LogRefused(string path, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment gateway answer about {OrderId} was not trusted: {Reason}")]
    private partial void LogUntrusted(string orderId, string reason);
}
