using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace MotCua.DevServices.PaymentGateway;

/// <summary>What the next press of "Thanh toán" does.</summary>
public enum GatewayOutcome
{
    Success,
    Failure,
}

/// <summary>How the server-to-server callback of the next settlements is sent.</summary>
public enum CallbackMode
{
    /// <summary>Sent before the browser is sent back.</summary>
    Immediate,

    /// <summary>Held until <see cref="FakePaymentGateway.ReleaseHeldCallbacksAsync"/> (a late callback).</summary>
    Hold,

    /// <summary>Never sent (lost on the way): MotCua must learn the outcome from the status query.</summary>
    Skip,
}

/// <summary>A transaction as the fake platform keeps it.</summary>
public sealed record GatewayTransactionRecord(
    string OrderId, string TransactionId, long Amount, string Reference, string Status, DateTime CreatedAtLocal, DateTime? PaidAtLocal, string NotifyUrl, string ReturnUrl);

/// <summary>A callback the fake sent and what MotCua answered.</summary>
public sealed record SentCallback(string OrderId, int HttpStatus, string Body, bool Forged);

/// <summary>
/// Stand-in of the national payment platform: a signed redirect opens its payment page ("Thanh toán" / "Hủy", plain
/// HTML forms), the outcome is posted to the merchant's notify URL (signed HMAC-SHA256 JSON) and the browser goes back
/// to the return URL with signed parameters; the merchant may query an order's status and a day's transactions (both
/// signed). Tests steer it through the properties below.
/// </summary>
public sealed class FakePaymentGateway
{
    public const string PathPrefix = "/payment-gateway";
    public const string MerchantCode = "MOTCUA-DEV";

    /// <summary>The development secret (never a production one: the real secret comes from the platform's registration).</summary>
    public const string Secret = "motcua-dev-payment-gateway-secret";

    private const string TimeFormat = "yyyyMMddHHmmss";
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    private readonly ConcurrentDictionary<string, GatewayTransactionRecord> _transactions = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _held = new();
    private readonly ConcurrentQueue<SentCallback> _sent = new();
    private HttpClient? _callbacks;
    private HttpMessageHandler? _callbackHandler;

    public GatewayOutcome NextOutcome { get; set; } = GatewayOutcome.Success;

    public CallbackMode CallbackMode { get; set; } = CallbackMode.Immediate;

    /// <summary>Sends every callback twice (the platform retrying after a lost acknowledgement).</summary>
    public bool DuplicateCallbacks { get; set; }

    /// <summary>The next callback carries a wrong signature.</summary>
    public bool ForgeNextCallback { get; set; }

    /// <summary>The next callback says another amount (correctly signed: a platform bug or a replayed message).</summary>
    public long? NextCallbackAmount { get; set; }

    /// <summary>The next callback names another dossier (correctly signed).</summary>
    public string? NextCallbackReference { get; set; }

    /// <summary>Status queries answer only after this long (longer than MotCua's timeout makes them time out).</summary>
    public TimeSpan StatusQueryDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Where callbacks go when MotCua is not on a socket (the tests' in-memory server); null sends them over the network
    /// to the notify URL of the request.
    /// </summary>
    public HttpMessageHandler? CallbackHandler
    {
        get => _callbackHandler;
        set
        {
            _callbackHandler = value;
            _callbacks = null;
        }
    }

    public IReadOnlyCollection<GatewayTransactionRecord> Transactions => [.. _transactions.Values];

    public IReadOnlyCollection<SentCallback> SentCallbacks => [.. _sent];

    public GatewayTransactionRecord? Find(string orderId) => _transactions.TryGetValue(orderId, out var found) ? found : null;

    /// <summary>Changes what the platform recorded for an order (reconciliation tests: a differing amount).</summary>
    public void Record(GatewayTransactionRecord transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        _transactions[transaction.OrderId] = transaction;
    }

    /// <summary>Drops an order from the platform's books (reconciliation tests: missing at the platform).</summary>
    public void Forget(string orderId) => _transactions.TryRemove(orderId, out _);

    /// <summary>Sends the callbacks held by <see cref="CallbackMode.Hold"/>.</summary>
    public async Task ReleaseHeldCallbacksAsync(CancellationToken cancellationToken = default)
    {
        while (_held.TryDequeue(out var orderId))
        {
            await SendCallbackAsync(orderId, cancellationToken);
        }
    }

    /// <summary>Sends (again) the callback of an order as it stands, e.g. to test a duplicate later on.</summary>
    public async Task SendCallbackAsync(string orderId, CancellationToken cancellationToken = default)
    {
        if (!_transactions.TryGetValue(orderId, out var transaction))
        {
            throw new InvalidOperationException($"No transaction {orderId}.");
        }

        var forged = ForgeNextCallback;
        ForgeNextCallback = false;
        var amount = NextCallbackAmount ?? transaction.Amount;
        NextCallbackAmount = null;
        var reference = NextCallbackReference ?? transaction.Reference;
        NextCallbackReference = null;
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["merchant_code"] = MerchantCode,
            ["order_id"] = transaction.OrderId,
            ["transaction_id"] = transaction.TransactionId,
            ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
            ["status"] = transaction.Status,
            ["reference"] = reference,
            ["paid_at"] = transaction.PaidAtLocal?.ToString(TimeFormat, CultureInfo.InvariantCulture),
        };
        fields["signature"] = forged ? Sign("not-the-shared-secret", fields) : Sign(Secret, fields);
        _callbacks ??= _callbackHandler is null ? new HttpClient() : new HttpClient(_callbackHandler, disposeHandler: false);
        var target = new Uri(transaction.NotifyUrl);
        using var response = await _callbacks.PostAsJsonAsync(target, fields, cancellationToken);
        _sent.Enqueue(new SentCallback(orderId, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), forged));
    }

    internal void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(PathPrefix);
        group.MapGet("/thanh-toan", ShowPaymentPage);
        group.MapPost("/thanh-toan", SubmitPaymentPageAsync).DisableAntiforgery();
        group.MapPost("/api/giao-dich/tra-cuu", QueryStatusAsync);
        group.MapPost("/api/giao-dich/theo-ngay", ListDay);
    }

    internal static string Sign(string secret, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var canonical = string.Join('&', fields
            .Where(f => f.Key != "signature" && !string.IsNullOrEmpty(f.Value))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value!)));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical)));
    }

    private static bool Verify(IEnumerable<KeyValuePair<string, string?>> fields, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(Secret, fields)), Encoding.ASCII.GetBytes(signature));

    private static DateTime LocalNow() => TimeZoneInfo.ConvertTimeFromUtc(TimeProvider.System.GetUtcNow().UtcDateTime, Zone);

    private IResult ShowPaymentPage(HttpRequest request)
    {
        var fields = request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        if (!Verify(fields, fields.GetValueOrDefault("signature")) || fields.GetValueOrDefault("merchant_code") != MerchantCode)
        {
            return Results.Content(Html("Yêu cầu không hợp lệ", "<p>Chữ ký của yêu cầu thanh toán không hợp lệ.</p>"), "text/html; charset=utf-8", statusCode: 400);
        }

        var orderId = fields["order_id"]!;
        var amount = long.Parse(fields["amount"]!, CultureInfo.InvariantCulture);
        var created = DateTime.ParseExact(fields["created_at"]!, TimeFormat, CultureInfo.InvariantCulture);
        _transactions.GetOrAdd(orderId, _ => new GatewayTransactionRecord(
            orderId, "GD" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)), amount, fields.GetValueOrDefault("reference") ?? string.Empty,
            "01", created, null, fields["notify_url"]!, fields["return_url"]!));
        var e = HtmlEncoder.Default;
        var body = $"""
            <h1>Cổng thanh toán (giả lập)</h1>
            <dl><dt>Đơn hàng</dt><dd>{e.Encode(orderId)}</dd><dt>Nội dung</dt><dd>{e.Encode(fields.GetValueOrDefault("order_info") ?? string.Empty)}</dd>
            <dt>Số tiền</dt><dd>{amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))} đồng</dd></dl>
            <form method="post" action="{PathPrefix}/thanh-toan">
              <input type="hidden" name="order_id" value="{e.Encode(orderId)}">
              <button type="submit" name="action" value="pay">Thanh toán</button>
              <button type="submit" name="action" value="cancel">Hủy</button>
            </form>
            """;
        return Results.Content(Html("Thanh toán", body), "text/html; charset=utf-8");
    }

    private async Task<IResult> SubmitPaymentPageAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        if (!_transactions.TryGetValue(form["order_id"].ToString(), out var transaction))
        {
            return Results.Content(Html("Không tìm thấy", "<p>Không có đơn hàng này.</p>"), "text/html; charset=utf-8", statusCode: 404);
        }

        if (transaction.Status == "01")
        {
            var success = form["action"] == "pay" && NextOutcome == GatewayOutcome.Success;
            transaction = transaction with { Status = success ? "00" : "02", PaidAtLocal = success ? LocalNow() : null };
            _transactions[transaction.OrderId] = transaction;
            switch (CallbackMode)
            {
                case CallbackMode.Immediate:
                    await SendCallbackAsync(transaction.OrderId, cancellationToken);
                    if (DuplicateCallbacks)
                    {
                        await SendCallbackAsync(transaction.OrderId, cancellationToken);
                    }

                    break;
                case CallbackMode.Hold:
                    _held.Enqueue(transaction.OrderId);
                    break;
                case CallbackMode.Skip:
                    break;
            }
        }

        var back = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["order_id"] = transaction.OrderId,
            ["transaction_id"] = transaction.TransactionId,
            ["amount"] = transaction.Amount.ToString(CultureInfo.InvariantCulture),
            ["status"] = transaction.Status,
            ["reference"] = transaction.Reference,
            ["paid_at"] = transaction.PaidAtLocal?.ToString(TimeFormat, CultureInfo.InvariantCulture),
        };
        back["signature"] = Sign(Secret, back);
        return Results.Redirect(QueryHelpers.AddQueryString(transaction.ReturnUrl, back.Where(b => b.Value is not null)));
    }

    private async Task<IResult> QueryStatusAsync(StatusQuery query, CancellationToken cancellationToken)
    {
        if (StatusQueryDelay > TimeSpan.Zero)
        {
            await Task.Delay(StatusQueryDelay, cancellationToken);
        }

        Dictionary<string, string?> request = new(StringComparer.Ordinal)
        {
            ["merchant_code"] = query.MerchantCode,
            ["order_id"] = query.OrderId,
            ["request_time"] = query.RequestTime,
        };
        if (query.MerchantCode != MerchantCode || !Verify(request, query.Signature))
        {
            return Results.Json(new { code = "97", message = "Chữ ký không hợp lệ" }, statusCode: 400);
        }

        var found = query.OrderId is null ? null : Find(query.OrderId);
        var answer = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["merchant_code"] = MerchantCode,
            ["order_id"] = query.OrderId,
            ["transaction_id"] = found?.TransactionId,
            ["amount"] = found?.Amount.ToString(CultureInfo.InvariantCulture),
            ["status"] = found?.Status ?? "91",
            ["reference"] = found?.Reference,
            ["paid_at"] = found?.PaidAtLocal?.ToString(TimeFormat, CultureInfo.InvariantCulture),
        };
        answer["signature"] = Sign(Secret, answer);
        return Results.Json(answer);
    }

    private IResult ListDay(DayQuery query)
    {
        Dictionary<string, string?> request = new(StringComparer.Ordinal)
        {
            ["merchant_code"] = query.MerchantCode,
            ["date"] = query.Date,
            ["request_time"] = query.RequestTime,
        };
        if (query.MerchantCode != MerchantCode || !Verify(request, query.Signature)
            || !DateOnly.TryParseExact(query.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Results.Json(new { code = "97", message = "Yêu cầu không hợp lệ" }, statusCode: 400);
        }

        var transactions = _transactions.Values
            .Where(t => DateOnly.FromDateTime(t.CreatedAtLocal) == day)
            .OrderBy(t => t.OrderId, StringComparer.Ordinal)
            .Select(t => new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["order_id"] = t.OrderId,
                ["transaction_id"] = t.TransactionId,
                ["amount"] = t.Amount.ToString(CultureInfo.InvariantCulture),
                ["status"] = t.Status,
                ["reference"] = t.Reference,
                ["paid_at"] = t.PaidAtLocal?.ToString(TimeFormat, CultureInfo.InvariantCulture),
            })
            .ToList();
        return Results.Json(new { date = query.Date, transactions });
    }

    private static string Html(string title, string body) =>
        $"<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{HtmlEncoder.Default.Encode(title)}</title></head><body>{body}</body></html>";

    internal sealed record StatusQuery(
        [property: JsonPropertyName("merchant_code")] string? MerchantCode,
        [property: JsonPropertyName("order_id")] string? OrderId,
        [property: JsonPropertyName("request_time")] string? RequestTime,
        [property: JsonPropertyName("signature")] string? Signature);

    internal sealed record DayQuery(
        [property: JsonPropertyName("merchant_code")] string? MerchantCode,
        [property: JsonPropertyName("date")] string? Date,
        [property: JsonPropertyName("request_time")] string? RequestTime,
        [property: JsonPropertyName("signature")] string? Signature);
}
