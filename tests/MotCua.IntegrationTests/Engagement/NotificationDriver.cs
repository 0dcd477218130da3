using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Engagement.Features.Notifications;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Kernel.Outbox;
using MotCua.TestSupport;

namespace MotCua.IntegrationTests.Engagement;

/// <summary>An applicant with a phone and an address nobody else uses, and the outbox driven by hand.</summary>
internal sealed class NotificationDriver(MotCuaApp app)
{
    public string Name { get; } = DossierDesk.UniqueName();

    /// <summary>A CCCD of Hà Nội (001), born 1990, with a serial of its own.</summary>
    public string CitizenId { get; } = "001090" + Random.Shared.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public string Phone { get; } = "09" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public string Email { get; } = $"ung-vien-{Guid.NewGuid():N}@example.vn";

    public DossierDesk Desk { get; } = new(app);

    /// <summary>The queue the tests replay at later instants; only it, so other tests' retries keep their back-off.</summary>
    public const string DeliverySubscriber = "engagement.notifications.delivery";

    public OutboxDispatcher Dispatcher => app.Services.GetRequiredService<OutboxDispatcher>();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public object Body(bool accept = true) => new
    {
        procedureCode = DossierDesk.Procedure,
        channel = "Direct",
        applicant = new { kind = "Person", name = Name, identifier = CitizenId, address = "Số 5 đường Hoàng Liên, phường Cốc Lếu", phone = Phone, email = Email },
        requestSummary = "Cấp 01 Phiếu lý lịch tư pháp số 1",
        components = new object[] { new { number = 1, originals = 1, copies = 0 }, new { number = 2, originals = 0, copies = 1 } },
        accept,
    };

    public async Task<string> ReceiveAsync(bool accept = true) =>
        (await Desk.ReceiveAsync(Body(accept))).GetProperty("code").GetString()!;

    /// <summary>Delivers what is due at <paramref name="asOfUtc"/> until <paramref name="done"/> holds (the pump may deliver too).</summary>
    public async Task UntilAsync(Func<bool> done, DateTime? asOfUtc = null, string? what = null)
    {
        for (var i = 0; i < 100 && !done(); i++)
        {
            await (asOfUtc is { } asOf ? Dispatcher.DispatchAsync(DeliverySubscriber, asOf, Ct) : Dispatcher.DispatchAsync(cancellationToken: Ct));
            if (!done())
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.True(done(), what ?? "the expected message did not arrive");
    }

    public async Task<List<Notification>> NotificationsAsync(string code)
    {
        var rows = await Desk.InDatabaseAsync(db => db.Set<Notification>().AsNoTracking().Where(n => n.DossierCode == code).ToListAsync(Ct));
        return [.. rows.OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Channel)];
    }

    public async Task<OutboxMessage> DeliveryAsync(Guid notificationId)
    {
        var key = notificationId.ToString();
        return await Desk.InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Topic == "engagement.notification-delivery" && m.Key == key, Ct));
    }

    public async Task PreferAsync(bool sms, bool email, string? address = null, string language = "vi")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var preference = new NotificationPreference(CitizenId);
        preference.Change(sms, email, address, language, DateTime.UtcNow);
        db.Add(preference);
        await db.SaveChangesAsync(Ct);
    }
}
