using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Contracts;
using MotCua.Engagement.Features.Notifications;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Outbox;
using MotCua.Payments.Contracts;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Engagement;

/// <summary>Dossier events reach the fake SMS provider and the SMTP sink over real sockets, through the outbox.</summary>
public abstract class NotificationDeliveryTests(MotCuaApp app) : IntegrationTest(app)
{
    private readonly NotificationDriver _applicant = new(app);

    [Fact]
    public async Task An_accepted_dossier_sends_the_applicant_a_Vietnamese_sms_and_email_with_the_code_the_date_and_the_tracking_link()
    {
        var code = await _applicant.ReceiveAsync();

        await _applicant.UntilAsync(() => App.DevServices.Sms.SentTo(_applicant.Phone).Count == 1 && App.DevServices.Smtp.SentTo(_applicant.Email).Count == 1);

        var sms = App.DevServices.Sms.SentTo(_applicant.Phone).Single();
        // Monday 2 March 09:00 + 10 working days: Monday 16 March.
        sms.Text.ShouldBe($"MotCua: Hồ sơ {code} đã được tiếp nhận. Hẹn trả kết quả ngày 16/03/2026. Tra cứu: http://localhost:5080/tra-cuu-ho-so?ma={code}");
        sms.From.ShouldBe("MOTCUA");
        var mail = App.DevServices.Smtp.SentTo(_applicant.Email).Single();
        mail.Subject.ShouldBe($"Hồ sơ {code} đã được tiếp nhận");
        mail.From.ShouldBe("khongtraloi@motcua.demo");
        mail.TextBody!.ShouldContain($"Kính gửi {_applicant.Name},");
        mail.TextBody!.ShouldContain("Cấp Phiếu lý lịch tư pháp");
        mail.TextBody!.ShouldContain("Ngày hẹn trả kết quả: 16/03/2026.");
        mail.HtmlBody!.ShouldContain($"<a href=\"http://localhost:5080/tra-cuu-ho-so?ma={code}\">");

        // The provider has the message a moment before the delivery records it as sent.
        await _applicant.UntilAsync(() => _applicant.NotificationsAsync(code).Result.All(n => n.State == NotificationState.Sent), what: "not recorded as sent");
        var notifications = await _applicant.NotificationsAsync(code);
        notifications.Select(n => (n.Kind, n.Channel, n.State)).ShouldBe(
            [(NotificationKind.Received, NotificationChannel.Sms, NotificationState.Sent), (NotificationKind.Received, NotificationChannel.Email, NotificationState.Sent)]);
        notifications[0].ProviderMessageId.ShouldBe(sms.Id);
    }

    [Fact]
    public async Task A_supplement_request_tells_the_reasons_and_where_to_supply_them_online()
    {
        var code = await _applicant.ReceiveAsync();
        await _applicant.Desk.DoAsync(Desk, code, "transfer");
        await _applicant.Desk.DoAsync(Officer, code, "request-supplement", new
        {
            items = new[] { new { componentNumber = 2, reason = "Bản sao Căn cước đã hết hạn: nộp bản sao Căn cước còn giá trị." } },
            contact = "Hoàng Thị Lan, 0214 3840 888",
        });

        await _applicant.UntilAsync(() => App.DevServices.Sms.SentTo(_applicant.Phone).Count == 2 && App.DevServices.Smtp.SentTo(_applicant.Email).Count == 2);

        var sms = App.DevServices.Sms.SentTo(_applicant.Phone)[1];
        sms.Text.ShouldStartWith($"MotCua: Hồ sơ {code} cần bổ sung: ");
        sms.Text.ShouldContain("Căn cước đã hết hạn");
        sms.Text.ShouldEndWith($"Bổ sung trực tuyến tại http://localhost:5080/cong-dan/ho-so/{code}");
        var mail = App.DevServices.Smtp.SentTo(_applicant.Email)[1];
        mail.Subject.ShouldBe($"Hồ sơ {code} cần bổ sung, hoàn thiện");
        mail.TextBody!.ShouldContain("nộp bản sao Căn cước còn giá trị");
    }

    [Fact]
    public async Task A_citizen_who_turned_sms_off_gets_only_email_at_the_address_they_chose()
    {
        var chosen = $"rieng-{Guid.NewGuid():N}@example.vn";
        await _applicant.PreferAsync(sms: false, email: true, address: chosen);

        var code = await _applicant.ReceiveAsync();

        await _applicant.UntilAsync(() => App.DevServices.Smtp.SentTo(chosen).Count == 1);
        (await _applicant.NotificationsAsync(code)).ShouldHaveSingleItem().Recipient.ShouldBe(chosen);
        App.DevServices.Sms.SentTo(_applicant.Phone).ShouldBeEmpty();
        App.DevServices.Smtp.SentTo(_applicant.Email).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_same_event_heard_twice_sends_one_message_per_channel()
    {
        var code = await _applicant.ReceiveAsync();
        await _applicant.UntilAsync(() => App.DevServices.Sms.SentTo(_applicant.Phone).Count == 1 && App.DevServices.Smtp.SentTo(_applicant.Email).Count == 1);
        var accepted = await _applicant.Desk.InDatabaseAsync(db => Task.FromResult(
            db.Set<OutboxMessage>().Where(m => m.Key == code && m.Subscriber == "engagement.notifications.dossier-changes").ToList()
                .Select(m => System.Text.Json.JsonSerializer.Deserialize<DossierStateChanged>(m.PayloadJson, Kernel.Outbox.Outbox.Json)!)
                .Single(e => e.Trigger == "Accept")));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.DbContext>();
            scope.ServiceProvider.GetRequiredService<Kernel.Outbox.Outbox>().Enqueue(db, DossierTopics.StateChanged, code, accepted);
            await db.SaveChangesAsync(Ct);
        }

        await _applicant.UntilAsync(() => !_applicant.Desk.InDatabaseAsync(db => Task.FromResult(
            db.Set<OutboxMessage>().Any(m => m.Key == code && m.Status == OutboxStatus.Pending))).Result, what: "the repeated event was not handled");
        App.DevServices.Sms.SentTo(_applicant.Phone).Count.ShouldBe(1);
        App.DevServices.Smtp.SentTo(_applicant.Email).Count.ShouldBe(1);
        (await _applicant.NotificationsAsync(code)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_payment_received_online_is_confirmed_with_the_amount_and_the_receipt_number()
    {
        var code = await _applicant.ReceiveAsync();
        await _applicant.UntilAsync(() => App.DevServices.Sms.SentTo(_applicant.Phone).Count == 1);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.DbContext>();
            scope.ServiceProvider.GetRequiredService<Kernel.Outbox.Outbox>().Enqueue(db, PaymentTopics.Paid, code,
                new PaymentReceived(Guid.NewGuid(), code, 200_000, DateTime.UtcNow, "BL-0001234", "GW-778899", OnlinePaymentPlatform.NationalPlatform));
            await db.SaveChangesAsync(Ct);
        }

        await _applicant.UntilAsync(() => App.DevServices.Sms.SentTo(_applicant.Phone).Count == 2);
        App.DevServices.Sms.SentTo(_applicant.Phone)[1].Text.ShouldBe(
            $"MotCua: Đã nhận 200.000 đồng cho hồ sơ {code}, biên lai số BL-0001234. Chi tiết: http://localhost:5080/cong-dan/ho-so/{code}");
    }

    [Fact]
    public async Task A_relay_that_is_down_is_tried_again_after_the_back_off()
    {
        App.DevServices.Smtp.FailNext(_applicant.Email, 1);
        var code = await _applicant.ReceiveAsync();
        var notification = await Eventually(async () => (await _applicant.NotificationsAsync(code)).SingleOrDefault(n => n.Channel == NotificationChannel.Email && n.Attempts == 1));
        notification.State.ShouldBe(NotificationState.Retrying);
        notification.LastError!.ShouldContain("421");
        var delivery = await FailedOnceAsync(notification.Id);
        delivery.Status.ShouldBe(OutboxStatus.Pending);
        delivery.LastError!.ShouldContain("NotificationDeliveryException");

        await _applicant.UntilAsync(() => App.DevServices.Smtp.SentTo(_applicant.Email).Count == 1, delivery.NextAttemptAtUtc);
        (await _applicant.NotificationsAsync(code)).Single(n => n.Channel == NotificationChannel.Email).State.ShouldBe(NotificationState.Sent);
    }

    [Fact]
    public async Task Dispatchers_racing_for_a_failing_delivery_attempt_it_once()
    {
        App.DevServices.Sms.FailNext(_applicant.Phone, 1);
        var code = await _applicant.ReceiveAsync();
        var notification = await Eventually(async () => (await _applicant.NotificationsAsync(code)).SingleOrDefault(n => n.Channel == NotificationChannel.Sms && n.Attempts > 0));

        // The background pump and these four read the same due rows; whoever claims second holds a stale copy.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _applicant.Dispatcher.DispatchAsync(cancellationToken: Ct)));

        (await _applicant.DeliveryAsync(notification.Id)).Attempts.ShouldBe(1);
        (await _applicant.NotificationsAsync(code)).Single(n => n.Channel == NotificationChannel.Sms).Attempts.ShouldBe(1);
        App.DevServices.Sms.SentTo(_applicant.Phone).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_sms_provider_that_does_not_answer_in_time_fails_the_attempt_and_the_next_one_delivers()
    {
        App.DevServices.Sms.StallNext(_applicant.Phone, 1);
        var code = await _applicant.ReceiveAsync();
        var notification = await Eventually(async () => (await _applicant.NotificationsAsync(code)).SingleOrDefault(n => n.Channel == NotificationChannel.Sms && n.Attempts == 1));
        notification.LastError!.ShouldStartWith("TimeoutException: Nhà cung cấp SMS không trả lời trong 3 giây");
        var delivery = await FailedOnceAsync(notification.Id);

        await _applicant.UntilAsync(() => App.DevServices.Sms.SentTo(_applicant.Phone).Count == 1, delivery.NextAttemptAtUtc);
    }

    [Fact]
    public async Task A_failing_sms_provider_is_retried_with_back_off_then_dead_lettered_and_an_administrator_resends_it()
    {
        var settings = App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value;
        App.DevServices.Sms.FailNext(_applicant.Phone, settings.MaxAttempts);
        var code = await _applicant.ReceiveAsync();
        var notification = await Eventually(async () => (await _applicant.NotificationsAsync(code)).SingleOrDefault(n => n.Channel == NotificationChannel.Sms && n.Attempts == 1));
        var delivery = await FailedOnceAsync(notification.Id);

        // Not before the back-off: 30 s, then 60 s, 120 s … each from the failed attempt.
        await _applicant.Dispatcher.DispatchAsync(NotificationDriver.DeliverySubscriber, delivery.NextAttemptAtUtc.AddSeconds(-1), Ct);
        (await _applicant.DeliveryAsync(notification.Id)).Attempts.ShouldBe(1);
        for (var attempt = 2; attempt <= settings.MaxAttempts; attempt++)
        {
            var before = await _applicant.DeliveryAsync(notification.Id);
            var at = before.NextAttemptAtUtc;
            await _applicant.UntilAsync(() => _applicant.DeliveryAsync(notification.Id).Result.Attempts == attempt, at, $"attempt {attempt}");
            var after = await _applicant.DeliveryAsync(notification.Id);
            if (attempt < settings.MaxAttempts)
            {
                after.NextAttemptAtUtc.ShouldBe(at + settings.RetryDelay(attempt));
            }
        }

        var dead = await _applicant.DeliveryAsync(notification.Id);
        dead.Status.ShouldBe(OutboxStatus.DeadLettered);
        dead.LastError!.ShouldContain("503");
        (await _applicant.NotificationsAsync(code)).Single(n => n.Channel == NotificationChannel.Sms).State.ShouldBe(NotificationState.Failed);
        App.DevServices.Sms.SentTo(_applicant.Phone).ShouldBeEmpty();

        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var listed = await admin.GetStringAsync("/api/v1/outbox/failed?status=DeadLettered&topic=engagement.notification-delivery&limit=100", Ct);
        listed.ShouldContain(notification.Id.ToString());
        using (var resent = await admin.PostAsync($"/api/v1/outbox/{dead.Id}/resend", null, Ct))
        {
            resent.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        await _applicant.UntilAsync(() => App.DevServices.Sms.SentTo(_applicant.Phone).Count == 1);
        (await _applicant.DeliveryAsync(notification.Id)).Status.ShouldBe(OutboxStatus.Delivered);
        (await _applicant.NotificationsAsync(code)).Single(n => n.Channel == NotificationChannel.Sms).State.ShouldBe(NotificationState.Sent);
        (await _applicant.Desk.InDatabaseAsync(db => Task.FromResult(db.Set<Kernel.Auditing.AuditEntry>()
            .Count(a => a.EntityType == "OutboxMessage" && a.EntityId == dead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "outbox.resend")))).ShouldBe(1);
    }

    /// <summary>The outbox records the failure just after the notification does.</summary>
    private Task<OutboxMessage> FailedOnceAsync(Guid notificationId) =>
        Eventually(async () => await _applicant.DeliveryAsync(notificationId) is { Attempts: 1 } delivery ? delivery : null);

    private async Task<T> Eventually<T>(Func<Task<T?>> probe)
        where T : class
    {
        // Two outbox hops (state change → notification → delivery), each queue behind every other test's messages on a loaded
        // runner (SQLite has one writer at a time).
        for (var i = 0; i < 1800; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await _applicant.Dispatcher.DispatchAsync(cancellationToken: Ct);
            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("not reached in 3 minutes");
    }
}

public sealed class NotificationDeliveryTests_Sqlite(SqliteApp app) : NotificationDeliveryTests(app);

public sealed class NotificationDeliveryTests_Postgres(PostgresApp app) : NotificationDeliveryTests(app);
