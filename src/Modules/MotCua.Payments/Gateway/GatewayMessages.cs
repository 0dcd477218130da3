using System.Globalization;
using System.Text.Json.Serialization;
using MotCua.Payments.Domain;

namespace MotCua.Payments.Gateway;

/// <summary>The platform's wire format: response codes and the fields each message carries (all values as strings).</summary>
internal static class GatewayCodes
{
    public const string Success = "00";
    public const string Pending = "01";
    public const string Failed = "02";
    public const string NotFound = "91";

    public const string TimeFormat = "yyyyMMddHHmmss";

    public static GatewayStatus? StatusOf(string? code) => code switch
    {
        Success => GatewayStatus.Success,
        Pending => GatewayStatus.Pending,
        Failed => GatewayStatus.Failed,
        NotFound => GatewayStatus.NotFound,
        _ => null,
    };

    /// <summary>Times on the wire are Vietnam local time, as the national platform writes them.</summary>
    public static string Format(DateTime utc) =>
        Kernel.Time.BusinessClock.ToLocal(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTime? ParseUtc(string? text) =>
        DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Kernel.Time.BusinessClock.Zone)
            : null;

    public static long? ParseAmount(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) ? amount : null;
}

/// <summary>The server-to-server notification the platform posts when an order is settled.</summary>
public sealed record GatewayCallback(
    [property: JsonPropertyName("merchant_code")] string? MerchantCode,
    [property: JsonPropertyName("order_id")] string? OrderId,
    [property: JsonPropertyName("transaction_id")] string? TransactionId,
    [property: JsonPropertyName("amount")] string? Amount,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("reference")] string? Reference,
    [property: JsonPropertyName("paid_at")] string? PaidAt,
    [property: JsonPropertyName("signature")] string? Signature)
{
    public IEnumerable<KeyValuePair<string, string?>> Fields() =>
    [
        new("merchant_code", MerchantCode), new("order_id", OrderId), new("transaction_id", TransactionId), new("amount", Amount),
        new("status", Status), new("reference", Reference), new("paid_at", PaidAt),
    ];
}

/// <summary>MotCua's answer to a callback: "00" acknowledged (also for a duplicate).</summary>
public sealed record GatewayAcknowledgement(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

internal sealed record StatusQueryRequest(
    [property: JsonPropertyName("merchant_code")] string MerchantCode,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("request_time")] string RequestTime,
    [property: JsonPropertyName("signature")] string Signature);

internal sealed record DailyListRequest(
    [property: JsonPropertyName("merchant_code")] string MerchantCode,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("request_time")] string RequestTime,
    [property: JsonPropertyName("signature")] string Signature);

internal sealed record DailyTransaction(
    [property: JsonPropertyName("order_id")] string? OrderId,
    [property: JsonPropertyName("transaction_id")] string? TransactionId,
    [property: JsonPropertyName("amount")] string? Amount,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("reference")] string? Reference,
    [property: JsonPropertyName("paid_at")] string? PaidAt);

internal sealed record DailyList(
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("transactions")] IReadOnlyList<DailyTransaction>? Transactions);
