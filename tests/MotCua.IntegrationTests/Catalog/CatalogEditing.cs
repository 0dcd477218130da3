using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.DemoData;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Auditing;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>Arranges catalog edits through the API and reads back what was written, for the editing tests.</summary>
internal sealed class CatalogEditing(MotCuaApp app)
{
    public const string ControlOfficer = "kiemsoat@motcua.demo";
    public const string DeskOfficer = "motcua.tinh@motcua.demo";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Guid Justice { get; } = DemoIds.Unit(AdministrationDemoData.JusticeCode);

    public static Guid Transport { get; } = DemoIds.Unit(AdministrationDemoData.TransportCode);

    public static string NewCode() => "9." + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>A catalog field of its own, since the demo data may not have fields yet.</summary>
    public async Task<string> NewFieldAsync()
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        db.Add(ProcedureField.Create(code, "Lĩnh vực thử " + code));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return code;
    }

    /// <summary>A control officer of one provincial agency, who covers that agency's subtree and nothing else.</summary>
    public async Task<string> NewControlOfficerAtAsync(Guid unitId)
    {
        var email = $"kiemsoat.{Guid.NewGuid():N}@motcua.test";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Cán bộ kiểm soát thử", UnitId = unitId };
        (await users.CreateAsync(user, MotCuaApp.DemoPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, StaffRoles.ControlOfficer)).Succeeded.ShouldBeTrue();
        return email;
    }

    public static ProcedureContent Content(string field, Guid unit, decimal days = 10) => new()
    {
        Name = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
        FieldCode = field,
        Levels = CompetenceLevels.Province,
        CompetentAgency = "Sở Tư pháp",
        ImplementingUnitId = unit,
        Channels = SubmissionChannels.Direct | SubmissionChannels.Online,
        ProcessingTimes = [new ProcessingTime { Amount = days, Unit = TimeUnit.WorkingDays }],
        Fees = [new FeeItem { Kind = FeeKind.Fee, Description = "Phí cung cấp thông tin lý lịch tư pháp", AmountDong = 200_000 }],
        Components = [new DossierComponent { Name = "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", Originals = 1, FormName = "Mẫu số 03/2013/TT-LLTP" }],
        Sequence = "Nộp hồ sơ tại Trung tâm Phục vụ hành chính công; Sở Tư pháp xác minh và cấp Phiếu.",
        Subjects = "Công dân Việt Nam",
        ResultType = "Phiếu lý lịch tư pháp",
        LegalBases = [new LegalBasis { Number = "28/2009/QH12", Title = "Luật Lý lịch tư pháp" }],
        OnlineLevel = OnlineServiceLevel.Partial,
    };

    public static object Decision(DateOnly effectiveOn, string number = "123/QĐ-UBND") => new
    {
        number,
        signedOn = effectiveOn.AddDays(-10),
        signer = "Phó Chủ tịch UBND tỉnh",
        effectiveOn,
    };

    public static async Task<HttpResponseMessage> CreateAsync(HttpClient client, string code, ProcedureContent content) =>
        await client.PostAsJsonAsync("/api/v1/procedures", new { code, content }, Json, TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> SaveDraftAsync(HttpClient client, string code, ProcedureContent content, Guid stamp) =>
        await client.PutAsJsonAsync($"/api/v1/procedures/{code}/draft", new { content, concurrencyStamp = stamp }, Json, TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string code, object decision, Guid stamp) =>
        await client.PostAsJsonAsync($"/api/v1/procedures/{code}/publish", new { decision, concurrencyStamp = stamp }, Json, TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> RetireAsync(HttpClient client, string code, object decision, Guid stamp) =>
        await client.PostAsJsonAsync($"/api/v1/procedures/{code}/retire", new { decision, concurrencyStamp = stamp }, Json, TestContext.Current.CancellationToken);

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken))!;

    public static async Task<Guid> StampOf(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await ReadAsync(response))["concurrencyStamp"]!.GetValue<Guid>();
    }

    /// <summary>Creates a draft and publishes it effective on 1 March 2026; returns the stamp after publication.</summary>
    public static async Task<Guid> PublishedAsync(HttpClient client, string code, ProcedureContent content)
    {
        using var created = await CreateAsync(client, code, content);
        var stamp = await StampOf(created);
        using var published = await PublishAsync(client, code, Decision(new DateOnly(2026, 3, 1)), stamp);
        return await StampOf(published);
    }

    public async Task<(int Versions, int Audits, int Processes)> WrittenForAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var ids = await db.Set<Procedure>().Where(p => p.Code == code).Select(p => p.Id).ToListAsync(TestContext.Current.CancellationToken);
        var versions = await db.Set<ProcedureVersion>().CountAsync(v => ids.Contains(v.ProcedureId), TestContext.Current.CancellationToken);
        var processes = await db.Set<InternalProcess>().CountAsync(p => ids.Contains(p.ProcedureId), TestContext.Current.CancellationToken);
        var audits = await db.Set<AuditEntry>()
            .CountAsync(e => e.EntityId == code || e.EntityId.StartsWith(code + "@"), TestContext.Current.CancellationToken);
        return (versions, audits, processes);
    }

    public async Task<List<AuditEntry>> AuditOfAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        return await db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityId == code).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
    }
}
