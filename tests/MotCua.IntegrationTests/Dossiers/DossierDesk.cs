using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Auditing;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>The API as the desk, the back office and the applicant use it, with the demo accounts and the LLTP procedure.</summary>
internal sealed class DossierDesk(MotCuaApp app)
{
    public const string Desk = "motcua.tinh@motcua.demo";
    public const string Officer = "chuyenvien.tuphap@motcua.demo";
    public const string DepartmentLeader = "truongphong.tuphap@motcua.demo";
    public const string Leader = "giamdoc.tuphap@motcua.demo";
    public const string OtherDesk = "motcua.sapa@motcua.demo";
    public const string OtherOfficer = "chuyenvien.gtvt@motcua.demo";

    /// <summary>
    /// Cấp Phiếu lý lịch tư pháp: Sở Tư pháp, 10 working days, components 1 and 2 required; its internal process has
    /// appraisal by an officer and review by the head of the department, then the director's signature (approval).
    /// </summary>
    public const string Procedure = "1.001234";

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A name no other test uses, so that searches and counts see only this test's dossiers.</summary>
    public static string UniqueName() => "Nguyễn Văn Thử " + string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + (c % 26))));

    public static object Body(string name, object? components = null, string identifier = "010090001234", string phone = "0912 345 678", bool accept = true, string procedure = Procedure, Guid? deskId = null) => new
    {
        procedureCode = procedure,
        channel = "Direct",
        deskId,
        applicant = new { kind = "Person", name, identifier, address = "Số 5 đường Hoàng Liên, phường Cốc Lếu", phone, email = "thu@example.vn" },
        requestSummary = "Cấp 01 Phiếu lý lịch tư pháp số 1",
        components = components ?? new object[]
        {
            new { number = 1, originals = 1, copies = 0 },
            new { number = 2, originals = 0, copies = 1 },
        },
        accept,
    };

    public Task<HttpClient> As(string email) => app.SignedInClientAsync(email);

    public async Task<JsonElement> ReceiveAsync(object body, string? idempotencyKey = null)
    {
        using var client = await As(Desk);
        using var response = await PostAsync(client, "/api/v1/dossiers", body, idempotencyKey);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public async Task<string> ReceivedCodeAsync(string? name = null) =>
        (await ReceiveAsync(Body(name ?? UniqueName()))).GetProperty("code").GetString()!;

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object? body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request, Ct);
    }

    public async Task<HttpResponseMessage> ActAsync(string email, string code, string action, object? body = null)
    {
        using var client = await As(email);
        return await PostAsync(client, $"/api/v1/dossiers/{code}/{action}", body);
    }

    /// <summary>Acts and insists on success, returning the dossier afterwards.</summary>
    public async Task<JsonElement> DoAsync(string email, string code, string action, object? body = null)
    {
        using var response = await ActAsync(email, code, action, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>Transfer, appraisal and review: the dossier waits for the director's signature.</summary>
    public async Task<JsonElement> UpToApprovalAsync(string code)
    {
        await DoAsync(Desk, code, "transfer");
        await DoAsync(Officer, code, "assign", new { assignee = Officer });
        await DoAsync(Officer, code, "complete-step", new { note = "Đủ điều kiện cấp phiếu" });
        await DoAsync(DepartmentLeader, code, "assign", new { assignee = DepartmentLeader });
        return await DoAsync(DepartmentLeader, code, "submit-for-approval", new { note = "Trình ký" });
    }

    public async Task<JsonElement> GetAsync(string email, string code)
    {
        using var client = await As(email);
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
    }

    public async Task<Guid> UploadAsync(string email, byte[] content, string fileName = "to-khai.pdf", string contentType = "application/pdf")
    {
        using var response = await UploadRawAsync(email, content, fileName, contentType);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> UploadRawAsync(string email, byte[] content, string fileName, string contentType)
    {
        using var client = await As(email);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/v1/dossiers/files", form, Ct);
    }

    public async Task<T> InDatabaseAsync<T>(Func<DbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DbContext>());
    }

    public Task<int> CountDossiersAsync(string applicantName) =>
        InDatabaseAsync(db => db.Set<Dossier>().CountAsync(d => d.Applicant.Name == applicantName, Ct));

    public Task<int> CountAuditAsync(string code) =>
        InDatabaseAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == "Dossier" && a.EntityId == code, Ct));

    public static string State(JsonElement dossier) => dossier.GetProperty("state").GetString()!;
}
