using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Integration.Features.SyncToNationalPortal;
using MotCua.IntegrationTests.Dossiers;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Outbox;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Integration;

/// <summary>Every state change of a dossier reaches the fake national portal through the outbox, whatever the portal does.</summary>
public abstract class NationalPortalSyncTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Admin = "admin@motcua.demo";

    private DossierDesk Desk => new(App);

    private NationalPortalKit Kit => new(App);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_desk_dossiers_transitions_arrive_on_the_portal_in_order_with_their_national_status()
    {
        var code = await Desk.ReceivedCodeAsync();
        await Desk.UpToApprovalAsync(code);

        await Kit.SyncAsync(code);

        var published = await Kit.PublishedLinesAsync(code);
        published[0].ShouldBe((1, "ReceiveAtDesk", 1));
        published.ShouldContain(l => l.Trigger == "Accept" && l.Status == 2);
        published.ShouldContain(l => l.Trigger == "Transfer" && l.Status == 4);
        var record = Kit.Portal.Find(code).ShouldNotBeNull();
        record.ProcedureCode.ShouldBe(DossierDesk.Procedure);
        record.Channel.ShouldBe(1);
        record.PortalId.ShouldBeNull();
        record.Progress.Select(p => (p.Sequence, p.Trigger, p.Status)).ShouldBe(published);
        record.Progress.ShouldAllBe(p => !string.IsNullOrEmpty(p.Action) && p.At.Length == 14);
        record.Status.ShouldBe(published[^1].Status);
        var calls = Kit.Portal.Received(code).Where(c => c.HttpStatus is 200 or 201).ToList();
        calls[0].Operation.ShouldBe("create");
        calls.Where(c => c.Operation == "progress").Select(c => c.Sequence!.Value).ShouldBe(published.Select(l => l.Sequence));
        calls.Count(c => c.Operation == "create").ShouldBe(1);
        var sync = (await Kit.SyncRecordAsync(code)).ShouldNotBeNull();
        sync.LastSequence.ShouldBe(published[^1].Sequence);
        sync.LastStatus.ShouldBe(published[^1].Status);
        sync.LastError.ShouldBeNull();
    }

    [Fact]
    public async Task An_expired_token_is_replaced_and_the_push_goes_through()
    {
        var code = await Desk.ReceivedCodeAsync();
        await Kit.SyncAsync(code);
        var issued = Kit.Portal.TokensIssued;

        Kit.Portal.ExpireTokens();
        await Desk.DoAsync(DossierDesk.Desk, code, "transfer");
        await Kit.SyncAsync(code);

        Kit.Portal.TokensIssued.ShouldBeGreaterThan(issued);
        Kit.Portal.Find(code)!.Status.ShouldBe(4);
        (await Kit.MessagesAsync(code)).ShouldAllBe(m => m.Status == OutboxStatus.Delivered && m.Attempts == 1);
    }

    [Fact]
    public async Task A_failing_portal_is_retried_with_back_off_then_dead_lettered_shown_for_reconciliation_and_resent()
    {
        var code = await Desk.ReceivedCodeAsync();
        await Kit.SyncAsync(code);
        var options = Kit.Options;
        // Down until healed, however many calls each attempt makes: the test is about attempts, not calls.
        Kit.Portal.FailNext(options.MaxAttempts * 10, code);

        await Desk.DoAsync(DossierDesk.Desk, code, "transfer");
        var transfer = (await Kit.MessagesAsync(code))[^1];
        var asOf = Kit.Now;
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            var before = await Kit.SettledAsync(transfer.Id);
            if (before.Attempts < attempt)
            {
                asOf = before.NextAttemptAtUtc > asOf ? before.NextAttemptAtUtc : asOf;
                // Not due a moment earlier: the back-off holds.
                if (before.Attempts > 0)
                {
                    await Kit.Dispatcher.DispatchAsync(NationalPortalKit.SyncSubscriber, asOf.AddSeconds(-1), Ct);
                    (await Kit.SettledAsync(transfer.Id)).Attempts.ShouldBe(before.Attempts);
                }

                await Kit.Dispatcher.DispatchAsync(NationalPortalKit.SyncSubscriber, asOf, Ct);
            }

            var after = await Kit.SettledAsync(transfer.Id);
            after.Attempts.ShouldBe(attempt);
            if (attempt < options.MaxAttempts)
            {
                after.Status.ShouldBe(OutboxStatus.Pending);
                (after.NextAttemptAtUtc - asOf).ShouldBe(options.RetryDelay(attempt));
            }
        }

        var dead = await Kit.SettledAsync(transfer.Id);
        dead.Status.ShouldBe(OutboxStatus.DeadLettered);
        dead.LastError.ShouldNotBeNull().ShouldContain("500");
        (await Kit.SyncRecordAsync(code))!.LastError.ShouldNotBeNull().ShouldContain("500");
        Kit.Portal.Find(code)!.Status.ShouldBe(2);
        Kit.Portal.Heal(code);

        using var admin = await AdminClientAsync();
        var parser = new HtmlParser();
        var page = parser.ParseDocument(await admin.GetStringAsync("/quan-tri/dong-bo-dvcqg?view=Failed", Ct));
        page.QuerySelector("h1")!.TextContent.ShouldBe("Đồng bộ Cổng Dịch vụ công quốc gia");
        var row = page.QuerySelectorAll("#failed-syncs tbody tr").Single(r => r.TextContent.Contains(code));
        row.TextContent.ShouldContain("Đã ngừng thử");
        var form = row.QuerySelector("form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var posted = await admin.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after2 = parser.ParseDocument(await admin.GetStringAsync(posted.Headers.Location, Ct));
        after2.QuerySelector("[role=status]")!.TextContent.ShouldBe($"Đã đưa hồ sơ {code} vào hàng đợi đồng bộ lại.");

        await Kit.SyncAsync(code);
        Kit.Portal.Find(code)!.Status.ShouldBe(4);
        (await Kit.SyncRecordAsync(code))!.LastError.ShouldBeNull();
        var resent = await Kit.InDatabaseAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == "NationalPortalSyncResent" && a.EntityId == transfer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Actor == Admin, Ct));
        resent.ShouldBe(1);
        var cleared = parser.ParseDocument(await admin.GetStringAsync("/quan-tri/dong-bo-dvcqg?view=Failed", Ct));
        cleared.QuerySelectorAll("#failed-syncs tbody tr").ShouldNotContain(r => r.TextContent.Contains(code));
    }

    [Fact]
    public async Task A_portal_that_does_not_answer_in_time_is_tried_again()
    {
        var code = await Desk.ReceivedCodeAsync();
        await Kit.SyncAsync(code);
        Kit.Portal.TimeOutNext(1, code);

        await Desk.DoAsync(DossierDesk.Desk, code, "transfer");
        var transfer = (await Kit.MessagesAsync(code))[^1];
        await Kit.Dispatcher.DispatchAsync(NationalPortalKit.SyncSubscriber, Kit.Now, Ct);
        var failed = await Kit.SettledAsync(transfer.Id);
        failed.Attempts.ShouldBe(1);
        failed.Status.ShouldBe(OutboxStatus.Pending);
        failed.LastError.ShouldNotBeNull().ShouldContain("Timeout");

        await Kit.SyncAsync(code);

        var delivered = await Kit.SettledAsync(transfer.Id);
        delivered.Status.ShouldBe(OutboxStatus.Delivered);
        delivered.Attempts.ShouldBe(2);
        Kit.Portal.Find(code)!.Progress.Count(p => p.Trigger == "Transfer").ShouldBe(1);
        Kit.Portal.Find(code)!.Status.ShouldBe(4);
    }

    [Fact]
    public async Task A_message_delivered_twice_sends_nothing_the_second_time()
    {
        var code = await Desk.ReceivedCodeAsync();
        await Desk.DoAsync(DossierDesk.Desk, code, "transfer");
        await Kit.SyncAsync(code);
        var calls = Kit.Portal.Received(code).Count;
        var progress = Kit.Portal.Find(code)!.Progress.Count;

        foreach (var message in await Kit.MessagesAsync(code))
        {
            await using var scope = App.Services.CreateAsyncScope();
            var subscriber = scope.ServiceProvider.GetRequiredService<SyncDossierToNationalPortal>();
            await subscriber.DeliverAsync(new OutboxEnvelope(message.Id, message.Topic, message.Key, message.PayloadJson, 2, message.CreatedAtUtc), Ct);
        }

        Kit.Portal.Received(code).Count.ShouldBe(calls);
        Kit.Portal.Find(code)!.Progress.Count.ShouldBe(progress);
    }

    [Fact]
    public async Task The_reconciliation_page_shows_a_dossier_whose_status_on_the_portal_differs()
    {
        var code = await Desk.ReceivedCodeAsync();
        await Kit.SyncAsync(code);
        Kit.Portal.OverwriteStatus(code, 8);

        using var admin = await AdminClientAsync();
        var parser = new HtmlParser();
        string? after = null;
        AngleSharp.Dom.IElement? row = null;
        // The check walks the synchronised dossiers in batches; this test's dossier is in one of them.
        for (var pages = 0; pages < 100 && row is null; pages++)
        {
            var page = parser.ParseDocument(await admin.GetStringAsync("/quan-tri/dong-bo-dvcqg?view=Mismatched" + (after is null ? null : "&after=" + Uri.EscapeDataString(after)), Ct));
            page.QuerySelector(".alert-warning").ShouldBeNull();
            row = page.QuerySelectorAll("#mismatches tbody tr").SingleOrDefault(r => r.TextContent.Contains(code));
            after = page.QuerySelector("nav[aria-label='Phân trang'] a")?.GetAttribute("href") is { } next
                ? Uri.UnescapeDataString(next[(next.IndexOf("after=", StringComparison.Ordinal) + 6)..])
                : null;
            if (after is null)
            {
                break;
            }
        }

        row.ShouldNotBeNull().TextContent.ShouldContain("2 – Được tiếp nhận");
        row.TextContent.ShouldContain("8 – Dừng xử lý");
    }

    [Fact]
    public async Task Only_a_system_administrator_opens_the_reconciliation_page()
    {
        using var desk = await App.SignedInClientAsync(DossierDesk.Desk);
        using var response = await desk.GetAsync("/quan-tri/dong-bo-dvcqg", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var admin = await AdminClientAsync();
        using var badCursor = await admin.GetAsync("/quan-tri/dong-bo-dvcqg?view=Failed&after=%25%25", Ct);
        badCursor.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>Redirects are followed by hand: HttpClient drops the bearer token when it follows one.</summary>
    private async Task<HttpClient> AdminClientAsync()
    {
        using var signedIn = await App.SignedInClientAsync(Admin);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }
}

public sealed class NationalPortalSyncTests_Sqlite(SqliteApp app) : NationalPortalSyncTests(app);

public sealed class NationalPortalSyncTests_Postgres(PostgresApp app) : NationalPortalSyncTests(app);
