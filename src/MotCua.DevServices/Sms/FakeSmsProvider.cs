using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MotCua.DevServices.Sms;

/// <summary>A text message as the fake provider accepted it.</summary>
public sealed record FakeSms(string Id, string From, string To, string Text, string? Reference, DateTime AcceptedAtUtc);

/// <summary>
/// Stand-in for a brandname SMS provider's HTTP API: <c>POST messages</c> (JSON, <c>X-Api-Key</c> header) accepts a
/// message and answers its id; <c>GET messages/{id}</c> answers its delivery status. A repeated <c>reference</c> returns
/// the message already accepted, as real providers do with a client reference. Tests steer failures per recipient so
/// that parallel tests do not eat each other's failures.
/// </summary>
public sealed class FakeSmsProvider
{
    public const string ApiKey = "dev-sms-key";
    public const string Sender = "MOTCUA";

    private readonly ConcurrentQueue<FakeSms> _messages = new();
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _stalls = new(StringComparer.Ordinal);

    /// <summary>How long a stalled request hangs before answering (longer than the adapter's timeout).</summary>
    public TimeSpan StallDuration { get; set; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<FakeSms> Messages => [.. _messages];

    public IReadOnlyList<FakeSms> SentTo(string phone) => [.. _messages.Where(m => m.To == Normalize(phone))];

    /// <summary>The next <paramref name="count"/> sends to <paramref name="phone"/> get a 503.</summary>
    public void FailNext(string phone, int count) => _failures[Normalize(phone)] = count;

    /// <summary>The next <paramref name="count"/> sends to <paramref name="phone"/> hang for <see cref="StallDuration"/>.</summary>
    public void StallNext(string phone, int count) => _stalls[Normalize(phone)] = count;

    internal static string Normalize(string phone) => new([.. phone.Where(char.IsDigit)]);

    internal void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/sms/v1");
        group.MapPost("/messages", SendAsync);
        group.MapGet("/messages/{id}", Status);
    }

    private async Task<IResult> SendAsync(HttpContext context, SendRequest? request)
    {
        if (!Authorized(context))
        {
            return Results.Json(new { error = "invalid_api_key" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (request is null || string.IsNullOrWhiteSpace(request.To) || string.IsNullOrWhiteSpace(request.Text) || string.IsNullOrWhiteSpace(request.From))
        {
            return Results.Json(new { error = "invalid_request", message = "from, to and text are required" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var to = Normalize(request.To);
        if (Take(_stalls, to))
        {
            await Task.Delay(StallDuration, context.RequestAborted);
        }

        if (Take(_failures, to))
        {
            return Results.Json(new { error = "temporarily_unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (request.Reference is { } reference && _messages.FirstOrDefault(m => m.Reference == reference) is { } earlier)
        {
            return Results.Json(new SendResponse(earlier.Id, "accepted"), statusCode: StatusCodes.Status202Accepted);
        }

        var message = new FakeSms("sms-" + Guid.NewGuid().ToString("N")[..16], request.From, to, request.Text, request.Reference, TimeProvider.System.GetUtcNow().UtcDateTime);
        _messages.Enqueue(message);
        return Results.Json(new SendResponse(message.Id, "accepted"), statusCode: StatusCodes.Status202Accepted);
    }

    private IResult Status(HttpContext context, string id)
    {
        if (!Authorized(context))
        {
            return Results.Json(new { error = "invalid_api_key" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        return _messages.FirstOrDefault(m => m.Id == id) is { } message
            ? Results.Json(new StatusResponse(message.Id, "delivered", message.AcceptedAtUtc))
            : Results.Json(new { error = "not_found" }, statusCode: StatusCodes.Status404NotFound);
    }

    private static bool Authorized(HttpContext context) =>
        context.Request.Headers.TryGetValue("X-Api-Key", out var key) && key == ApiKey;

    private static bool Take(ConcurrentDictionary<string, int> counters, string to)
    {
        while (counters.TryGetValue(to, out var left) && left > 0)
        {
            if (counters.TryUpdate(to, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record SendRequest(string? From, string? To, string? Text, string? Reference);

    private sealed record SendResponse(string Id, string Status);

    private sealed record StatusResponse(string Id, string Status, [property: JsonPropertyName("deliveredAt")] DateTime DeliveredAtUtc);
}
