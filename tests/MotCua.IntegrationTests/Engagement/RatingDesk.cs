using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Engagement.Features.Satisfaction;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Kernel.Auditing;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Engagement;

/// <summary>Dossiers brought to the point where they can be rated, and the rating as the database holds it.</summary>
internal sealed class RatingDesk(MotCuaApp app)
{
    /// <summary>The applicant of every dossier made here: phone ends in 5678, CCCD in 1234.</summary>
    public const string Identifier = "010090001234";

    public DossierDesk Desk { get; } = new(app);

    /// <summary>Received at the provincial centre, processed by Sở Tư pháp, result returned to the applicant.</summary>
    public async Task<string> ReturnedDossierAsync(string identifier = Identifier)
    {
        var name = UniqueName();
        var code = (await Desk.ReceiveAsync(Body(name, identifier: identifier))).GetProperty("code").GetString()!;
        await Desk.UpToApprovalAsync(code);
        await Desk.DoAsync(Leader, code, "approve", new { note = "Đồng ý" });
        var scan = await Desk.UploadAsync(Officer, Pdf, "phieu-lltp.pdf");
        await Desk.DoAsync(Officer, code, "result", new { documentNumber = "125/STP-LLTP", fileId = scan });
        State(await Desk.DoAsync(DossierDesk.Desk, code, "return-result", new { method = "AtDesk", receivedBy = name })).ShouldBe("Returned");
        return code;
    }

    public async Task<HttpResponseMessage> AtKioskAsync(string code, string verifier, string overall, string attitude, string? comment = null)
    {
        using var client = await app.SignedInClientAsync(DossierDesk.Desk);
        return await client.PostAsJsonAsync("/api/v1/ratings/kiosk", new { code, verifier, overall, attitude, comment }, Ct);
    }

    public async Task<JsonElement> RatedAtKioskAsync(string code, string overall, string attitude, string? comment = null)
    {
        using var response = await AtKioskAsync(code, "5678", overall, attitude, comment);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public Task<Rating?> RatingAsync(string code) =>
        Desk.InDatabaseAsync(db => db.Set<Rating>().AsNoTracking().SingleOrDefaultAsync(r => r.DossierCode == code, Ct));

    public Task<int> ReviewCountAsync(string code) =>
        Desk.InDatabaseAsync(db => db.Set<RatingReview>().CountAsync(r => r.DossierCode == code, Ct));

    public Task<int> AuditCountAsync(string code) =>
        Desk.InDatabaseAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == nameof(Rating) && a.EntityId == code, Ct));

    /// <summary>The rating as if it had been given longer ago than the editable period.</summary>
    public Task PastItsPeriodAsync(string code) =>
        Desk.InDatabaseAsync(db => db.Set<Rating>().Where(r => r.DossierCode == code)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EditableUntilUtc, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1)), Ct));

    public T Service<T>()
        where T : notnull => app.Services.GetRequiredService<T>();
}
