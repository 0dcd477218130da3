using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.DevServices.NationalPortal;
using MotCua.Dossiers.Contracts;
using MotCua.Integration.Domain;
using MotCua.Integration.Features.SyncToNationalPortal;
using MotCua.Kernel.Outbox;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Integration;

/// <summary>The fake national portal, the connector's outbox rows and its sync records, as the tests drive and read them.</summary>
internal sealed class NationalPortalKit(MotCuaApp app)
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public FakeNationalPortal Portal => app.DevServices.NationalPortal;

    /// <summary>The queue the kit replays at later instants; only it, so other tests' retries keep their back-off.</summary>
    public const string SyncSubscriber = global::MotCua.Integration.Features.SyncToNationalPortal.SyncDossierToNationalPortal.Name;

    public OutboxDispatcher Dispatcher => app.Services.GetRequiredService<OutboxDispatcher>();

    public OutboxOptions Options => app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value;

    public DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A dossier as the portal submits it, with two PDF components of the LLTP procedure.</summary>
    public PortalSubmission Submission(string applicantName, string? portalId = null, string procedure = "1.001234") => new(
        portalId ?? Portal.NewPortalId(),
        procedure,
        new PortalSubmissionParty("Person", applicantName, "001190012345", "Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội", "0987654321", "cong@example.vn"),
        [
            new PortalSubmissionFile(1, "to-khai.pdf", "application/pdf", Dossiers.DossierDesk.Pdf),
            new PortalSubmissionFile(2, "cccd.pdf", "application/pdf", Dossiers.DossierDesk.Pdf),
        ]);

    public HttpClient MotCua() => app.CreateClient();

    public async Task<T> InDatabaseAsync<T>(Func<DbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DbContext>());
    }

    public Task<List<OutboxMessage>> MessagesAsync(string code) =>
        InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Subscriber == SyncDossierToNationalPortal.Name && m.Key == code).OrderBy(m => m.Id).ToListAsync(Ct));

    public Task<PortalSync?> SyncRecordAsync(string code) =>
        InDatabaseAsync(db => db.Set<PortalSync>().AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, Ct));

    /// <summary>The lines the dossier published, as (sequence, trigger, TrangThaiHoSo), in order.</summary>
    public async Task<List<(int Sequence, string Trigger, int Status)>> PublishedLinesAsync(string code) =>
        [.. (await MessagesAsync(code)).Select(m => JsonSerializer.Deserialize<DossierStateChanged>(m.PayloadJson, Outbox.Json)!)
            .Select(c => (c.Sequence, c.Trigger, c.NationalStatus))];

    /// <summary>
    /// Delivers the dossier's messages until none is waiting, each when it is due (never earlier, so that other tests'
    /// back-off is left alone). The background pump may be delivering one at the same moment: then it waits for it.
    /// </summary>
    public async Task SyncAsync(string code)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var pending = (await MessagesAsync(code)).FirstOrDefault(m => m.Status != OutboxStatus.Delivered);
            if (pending is null)
            {
                return;
            }

            pending.Status.ShouldNotBe(OutboxStatus.DeadLettered, pending.LastError);
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"{code}: still waiting: {pending.LastError}");
            if (pending.LockedUntilUtc is not null)
            {
                await Task.Delay(200, Ct);
                continue;
            }

            await Dispatcher.DispatchAsync(SyncSubscriber, pending.NextAttemptAtUtc > Now ? pending.NextAttemptAtUtc : Now, Ct);
        }
    }

    /// <summary>Waits until the background pump or another dispatcher has finished with the message.</summary>
    public async Task<OutboxMessage> SettledAsync(long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var message = await InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id, Ct));
            if (message.LockedUntilUtc is null)
            {
                return message;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline);
            await Task.Delay(200, Ct);
        }
    }

    public static AuthenticationHeaderValue Bearer(string credential) => new("Bearer", credential);
}
