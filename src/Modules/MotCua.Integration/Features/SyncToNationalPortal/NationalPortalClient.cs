using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace MotCua.Integration.Features.SyncToNationalPortal;

/// <summary>The portal answered with something the connector cannot treat as done; the outbox retries.</summary>
internal sealed class NationalPortalException(string message) : Exception(message);

/// <summary>
/// The portal's access token, shared by every call of this app instance and refreshed shortly before it expires or
/// as soon as the portal refuses it. Machine time, not legal time: token lifetimes are the portal's clock.
/// </summary>
internal sealed class NationalPortalTokens(TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Value, DateTimeOffset ExpiresAt)? _token;

    public int Issued { get; private set; }

    public async Task<string> GetAsync(Func<CancellationToken, Task<PortalToken>> issue, string? refused, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } token && token.Value != refused && token.ExpiresAt > time.GetUtcNow())
            {
                return token.Value;
            }

            var issued = await issue(cancellationToken);
            var lifetime = TimeSpan.FromSeconds(issued.ExpiresIn);
            _token = (issued.AccessToken, time.GetUtcNow() + (lifetime > Skew * 2 ? lifetime - Skew : lifetime / 2));
            Issued++;
            return issued.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>
/// MotCua's side of the national portal's sync API: client-credentials token, create dossier, push progress and
/// status, look statuses up. Every call is idempotent on the portal (by code, and by code and sequence).
/// </summary>
internal sealed class NationalPortalClient(HttpClient http, NationalPortalTokens tokens, IOptions<NationalPortalOptions> options)
{
    private readonly NationalPortalOptions _options = options.Value;

    public bool IsConfigured => _options.IsConfigured;

    public Task CreateAsync(PortalDossier dossier, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "api/ho-so", dossier, cancellationToken);

    public Task AddProgressAsync(PortalProgress progress, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"api/ho-so/{Uri.EscapeDataString(progress.Code)}/tien-trinh", progress, cancellationToken);

    public Task UpdateStatusAsync(PortalStatus status, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"api/ho-so/{Uri.EscapeDataString(status.Code)}/trang-thai", status, cancellationToken);

    /// <summary>The portal's status of each code it knows; codes it does not know are absent.</summary>
    public async Task<IReadOnlyDictionary<string, int>> LookUpAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return new Dictionary<string, int>();
        }

        using var response = await SendAsync(HttpMethod.Post, "api/ho-so/tra-cuu", new PortalLookup(codes), keep: true, cancellationToken);
        var result = await response.Content.ReadFromJsonAsync<PortalLookupResult>(cancellationToken)
            ?? throw new NationalPortalException("Cổng DVCQG trả về kết quả tra cứu rỗng.");
        return result.Dossiers.ToDictionary(d => d.Code, d => d.Status, StringComparer.Ordinal);
    }

    private async Task SendAsync<T>(HttpMethod method, string path, T body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, body, keep: false, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync<T>(HttpMethod method, string path, T body, bool keep, CancellationToken cancellationToken)
    {
        EnsureConfigured();
        var token = await tokens.GetAsync(IssueAsync, refused: null, cancellationToken);
        var response = await SendOnceAsync(method, path, body, token, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // The portal expired or revoked the token before its stated lifetime: one fresh token, one more try.
            response.Dispose();
            token = await tokens.GetAsync(IssueAsync, refused: token, cancellationToken);
            response = await SendOnceAsync(method, path, body, token, cancellationToken);
        }

        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new NationalPortalException($"Cổng DVCQG trả lời {status} cho {method} {path}: {Shorten(detail)}");
        }

        if (!keep)
        {
            response.Dispose();
        }

        return response;
    }

    private async Task<HttpResponseMessage> SendOnceAsync<T>(HttpMethod method, string path, T body, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, cancellationToken);
    }

    private async Task<PortalToken> IssueAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.ClientId!,
            ["client_secret"] = _options.ClientSecret!,
        });
        using var response = await http.PostAsync("oauth/token", form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new NationalPortalException($"Cổng DVCQG từ chối cấp token ({(int)response.StatusCode}): {Shorten(await response.Content.ReadAsStringAsync(cancellationToken))}");
        }

        return await response.Content.ReadFromJsonAsync<PortalToken>(cancellationToken)
            ?? throw new NationalPortalException("Cổng DVCQG trả về token rỗng.");
    }

    private void EnsureConfigured()
    {
        if (!IsConfigured)
        {
            throw new NationalPortalException("Chưa cấu hình kết nối Cổng DVCQG (NationalPortal:BaseUrl, ClientId, ClientSecret).");
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;
}
