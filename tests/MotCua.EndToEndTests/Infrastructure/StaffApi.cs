using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.EndToEndTests.Infrastructure;

/// <summary>
/// The staff's side of a journey that is about the citizen: the real HTTP API with the demo accounts' bearer tokens,
/// as the desk, the Sở Tư pháp officers and its director use it.
/// </summary>
public sealed class StaffApi(MotCuaApp app)
{
    public const string Desk = "motcua.tinh@motcua.demo";
    public const string Officer = "chuyenvien.tuphap@motcua.demo";
    public const string DepartmentLeader = "truongphong.tuphap@motcua.demo";
    public const string Director = "giamdoc.tuphap@motcua.demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Receives a dossier at the desk; the response is the dossier.</summary>
    public async Task<JsonElement> ReceiveAsync(object body)
    {
        using var client = await app.SignedInClientAsync(Desk);
        using var response = await client.PostAsJsonAsync("/api/v1/dossiers", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>Takes an action on a dossier and insists on success; returns the dossier afterwards.</summary>
    public async Task<JsonElement> DoAsync(string email, string code, string action, object? body = null)
    {
        using var client = await app.SignedInClientAsync(email);
        using var response = await client.PostAsJsonAsync($"/api/v1/dossiers/{code}/{action}", body ?? new { }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>Uploads a scan for a later action and returns its id.</summary>
    public async Task<Guid> UploadAsync(string email, byte[] content, string fileName)
    {
        using var client = await app.SignedInClientAsync(email);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync("/api/v1/dossiers/files", form, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Waits until the dossier is in <paramref name="state"/>: what the outbox delivers (a payment recorded on the
    /// dossier) lands some time after the request that caused it.
    /// </summary>
    public async Task WhenInStateAsync(string code, string state)
    {
        using var client = await app.SignedInClientAsync(Desk);
        await BackgroundWork.UntilAsync(app, $"dossier {code} to be {state}", async () =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct)).GetProperty("state").GetString() == state);
    }
}
