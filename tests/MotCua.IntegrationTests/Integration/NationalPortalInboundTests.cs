using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Integration.Domain;
using MotCua.IntegrationTests.Dossiers;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Integration;

/// <summary>The national portal sends dossiers into MotCua with its system-client credentials.</summary>
public abstract class NationalPortalInboundTests(MotCuaApp app) : IntegrationTest(app)
{
    private DossierDesk Desk => new(App);

    private NationalPortalKit Kit => new(App);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dossier_from_the_portal_is_created_once_and_resending_it_returns_the_same_code()
    {
        var name = DossierDesk.UniqueName();
        var submission = Kit.Submission(name);
        using var motCua = Kit.MotCua();

        var created = await Kit.Portal.SubmitToMotCuaAsync(motCua, submission, Ct);
        var replayed = await Kit.Portal.SubmitToMotCuaAsync(motCua, submission, Ct);

        created.Status.ShouldBe(HttpStatusCode.Created, created.Body);
        var code = created.Code.ShouldNotBeNull();
        replayed.Status.ShouldBe(HttpStatusCode.OK, replayed.Body);
        replayed.Code.ShouldBe(code);
        (await Desk.CountDossiersAsync(name)).ShouldBe(1);
        var dossier = await Desk.GetAsync(DossierDesk.Desk, code);
        DossierDesk.State(dossier).ShouldBe("Submitted");
        var sync = (await Kit.SyncRecordAsync(code)).ShouldNotBeNull();
        sync.Origin.ShouldBe(PortalSyncOrigin.NationalPortal);
        sync.PortalDossierId.ShouldBe(submission.PortalId);
    }

    [Fact]
    public async Task A_dossier_from_the_portal_is_not_created_there_again_but_its_progress_is_pushed()
    {
        var name = DossierDesk.UniqueName();
        using var motCua = Kit.MotCua();
        var created = await Kit.Portal.SubmitToMotCuaAsync(motCua, Kit.Submission(name), Ct);
        var code = created.Code.ShouldNotBeNull(created.Body);

        await Kit.SyncAsync(code);

        Kit.Portal.Received(code).ShouldNotContain(c => c.Operation == "create");
        var record = Kit.Portal.Find(code).ShouldNotBeNull();
        record.PortalId.ShouldNotBeNull();
        record.Progress.ShouldContain(p => p.Trigger == "SubmitOnline" && p.Status == 1 && p.Actor == "dvcqg:" + Kit.Portal.PortalClientId);
        record.Status.ShouldBe(1);
    }

    [Fact]
    public async Task Without_credentials_the_portal_is_refused_with_a_problem_and_nothing_is_written()
    {
        var name = DossierDesk.UniqueName();
        using var motCua = Kit.MotCua();

        var result = await Kit.Portal.SubmitToMotCuaAsync(motCua, Kit.Submission(name), credential: null, Ct);

        await ShouldBeRefusedAsync(result, name);
    }

    [Fact]
    public async Task A_tampered_secret_is_refused()
    {
        var name = DossierDesk.UniqueName();
        var secret = Kit.Portal.PortalClientSecret;
        var tampered = secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A');
        using var motCua = Kit.MotCua();

        var result = await Kit.Portal.SubmitToMotCuaAsync(motCua, Kit.Submission(name), $"{Kit.Portal.PortalClientId}.{tampered}", Ct);

        await ShouldBeRefusedAsync(result, name);
    }

    [Theory]
    [InlineData("khong-ton-tai.bi-mat-bat-ky-dai-hon-ba-muoi-hai-ky-tu-abc")]
    [InlineData("khong-co-dau-cham")]
    [InlineData(".")]
    public async Task An_unknown_or_malformed_credential_is_refused(string credential)
    {
        var name = DossierDesk.UniqueName();
        using var motCua = Kit.MotCua();

        var result = await Kit.Portal.SubmitToMotCuaAsync(motCua, Kit.Submission(name), credential, Ct);

        await ShouldBeRefusedAsync(result, name);
    }

    [Fact]
    public async Task An_expired_secret_is_refused_and_a_client_without_the_scope_is_forbidden()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var secret = SystemClient.NewSecret();
        await Kit.InDatabaseAsync(async db =>
        {
            db.Add(SystemClient.Register("het-han-" + suffix, "Hết hạn", secret, ["dossiers:submit"], Kit.Now.AddDays(-30), Kit.Now.AddMinutes(-1)));
            db.Add(SystemClient.Register("chi-doc-" + suffix, "Chỉ đọc", secret, ["dossiers:read"], Kit.Now, null));
            return await db.SaveChangesAsync(Ct);
        });
        var name = DossierDesk.UniqueName();
        using var motCua = Kit.MotCua();

        var expired = await Kit.Portal.SubmitToMotCuaAsync(motCua, Kit.Submission(name), $"het-han-{suffix}.{secret}", Ct);
        await ShouldBeRefusedAsync(expired, name);

        var unscoped = await Kit.Portal.SubmitToMotCuaAsync(motCua, Kit.Submission(name), $"chi-doc-{suffix}.{secret}", Ct);
        unscoped.Status.ShouldBe(HttpStatusCode.Forbidden);
        JsonDocument.Parse(unscoped.Body).RootElement.GetProperty("status").GetInt32().ShouldBe(403);
        (await Desk.CountDossiersAsync(name)).ShouldBe(0);
    }

    [Fact]
    public async Task An_invalid_dossier_is_refused_field_by_field_in_Vietnamese_and_nothing_is_written()
    {
        var name = DossierDesk.UniqueName();
        using var motCua = Kit.MotCua();
        motCua.DefaultRequestHeaders.Authorization = NationalPortalKit.Bearer($"{Kit.Portal.PortalClientId}.{Kit.Portal.PortalClientSecret}");

        using var response = await motCua.PostAsJsonAsync("/api/v1/national-portal/dossiers", new
        {
            portalId = "QG có dấu cách",
            procedureCode = "",
            applicant = new { kind = "Robot", name, identifier = "" },
            components = new object[]
            {
                new { number = 1, fileName = "to-khai.pdf", contentType = "application/pdf", contentBase64 = "không phải base64" },
                new { number = 1, fileName = "", contentType = "application/pdf", contentBase64 = Convert.ToBase64String(DossierDesk.Pdf) },
            },
            verifiedWithVneid = true,
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        errors.GetProperty("portalId")[0].GetString().ShouldBe("Mã hồ sơ trên Cổng DVCQG chỉ gồm chữ, số và các dấu - . _");
        errors.GetProperty("procedureCode")[0].GetString().ShouldBe("Mã thủ tục hành chính không được để trống.");
        errors.GetProperty("applicant.kind")[0].GetString()!.ShouldContain("Person");
        errors.GetProperty("applicant.identifier")[0].GetString().ShouldBe("Số định danh của chủ hồ sơ không được để trống.");
        errors.GetProperty("components[0].contentBase64")[0].GetString().ShouldBe("Nội dung tệp không phải chuỗi base64 hợp lệ.");
        errors.GetProperty("components[1].number")[0].GetString().ShouldBe("Thành phần hồ sơ số 1 được gửi hai lần.");
        errors.GetProperty("components[1].fileName")[0].GetString().ShouldBe("Tên tệp không được để trống.");
        (await Desk.CountDossiersAsync(name)).ShouldBe(0);
    }

    private async Task ShouldBeRefusedAsync(DevServices.NationalPortal.PortalSubmissionResult result, string name)
    {
        result.Status.ShouldBe(HttpStatusCode.Unauthorized);
        var problem = JsonDocument.Parse(result.Body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(401);
        problem.GetProperty("detail").GetString().ShouldBe("Thông tin xác thực của hệ thống không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
        result.Code.ShouldBeNull();
        (await Desk.CountDossiersAsync(name)).ShouldBe(0);
    }
}

public sealed class NationalPortalInboundTests_Sqlite(SqliteApp app) : NationalPortalInboundTests(app);

public sealed class NationalPortalInboundTests_Postgres(PostgresApp app) : NationalPortalInboundTests(app);
