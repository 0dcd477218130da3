using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace MotCua.Engagement.Features.Notifications.SendMessages;

/// <summary>
/// The SMS provider's JSON API: <c>POST messages</c> with the API key in <c>X-Api-Key</c>, <c>GET messages/{id}</c> for
/// the delivery status. A refusal or a timeout throws, so that the outbox retries with back-off.
/// </summary>
internal sealed class HttpSmsSender(HttpClient http, IOptions<NotificationOptions> options) : ISmsSender
{
    public async Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = Settings();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl!, "messages"))
        {
            Content = JsonContent.Create(new SendRequest(settings.Sender, message.To, message.Text, message.Reference)),
        };
        using var response = await CallAsync(request, settings, cancellationToken);
        var accepted = await response.Content.ReadFromJsonAsync<SendResponse>(cancellationToken);
        return accepted?.Id ?? throw new NotificationDeliveryException("Nhà cung cấp SMS không trả về mã tin nhắn.");
    }

    public async Task<SmsStatus?> StatusAsync(string id, CancellationToken cancellationToken)
    {
        var settings = Settings();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(settings.BaseUrl!, "messages/" + Uri.EscapeDataString(id)));
        using var response = await CallAsync(request, settings, cancellationToken, notFoundIsAnswer: true);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        var status = await response.Content.ReadFromJsonAsync<StatusResponse>(cancellationToken);
        return status is null ? null : new SmsStatus(status.Id, status.Status, status.DeliveredAt);
    }

    private SmsOptions Settings()
    {
        var settings = options.Value.Sms;
        if (settings.BaseUrl is null || string.IsNullOrEmpty(settings.ApiKey))
        {
            throw new InvalidOperationException("Chưa cấu hình nhà cung cấp SMS (Notifications:Sms:BaseUrl, Notifications:Sms:ApiKey).");
        }

        return settings;
    }

    private async Task<HttpResponseMessage> CallAsync(HttpRequestMessage request, SmsOptions settings, CancellationToken cancellationToken, bool notFoundIsAnswer = false)
    {
        request.Headers.Add("X-Api-Key", settings.ApiKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Nhà cung cấp SMS không trả lời trong {settings.Timeout.TotalSeconds:0} giây.", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new NotificationDeliveryException($"Không kết nối được nhà cung cấp SMS: {exception.Message}", exception);
        }

        if (!response.IsSuccessStatusCode && !(notFoundIsAnswer && response.StatusCode == System.Net.HttpStatusCode.NotFound))
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            throw new NotificationDeliveryException($"Nhà cung cấp SMS từ chối: HTTP {(int)response.StatusCode} {body}");
        }

        return response;
    }

    private sealed record SendRequest(string From, string To, string Text, string Reference);

    private sealed record SendResponse(string Id, string Status);

    private sealed record StatusResponse(string Id, string Status, [property: JsonPropertyName("deliveredAt")] DateTime? DeliveredAt);
}
