using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MotCua.Administration.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Outbox;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.DeadlineAlerts;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Reporting.DashboardFacts;

namespace MotCua.IntegrationTests.Reporting;

/// <summary>
/// The deadline alerts job, run through its handler at chosen instants: which dossiers (working-day boundaries from the
/// calendar), who is told (the assignee and the unit's leaders), once per dossier, recipient and day, and by e-mail.
/// </summary>
public abstract class AlertsTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Officer = "chuyenvien.tuphap@motcua.demo";
    private const string Director = "giamdoc.tuphap@motcua.demo";
    private const string HeadOfDepartment = "truongphong.tuphap@motcua.demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DashboardFacts Facts => new(App);

    [Fact]
    public async Task On_a_Friday_dossiers_due_by_Monday_evening_are_due_soon_and_past_ones_overdue_once_per_day_even_when_run_twice()
    {
        var justice = await JusticeAsync();
        var friday = new DateTimeOffset(2026, 3, 6, 7, 30, 0, TimeSpan.FromHours(7));
        var dueMonday = Fact(justice.Path, justice.Id, At(2, 20), At(3, 9, 16), officer: Officer);
        var dueTuesday = Fact(justice.Path, justice.Id, At(2, 20), At(3, 10, 9), officer: Officer);
        var overdue = Fact(justice.Path, justice.Id, At(2, 16), At(3, 5, 17), officer: Officer);
        var resolved = Fact(justice.Path, justice.Id, At(2, 16), At(3, 5, 17), endedAt: At(3, 5, 10), timeliness: Timeliness.OnTime, officer: Officer);
        var unassigned = Fact(justice.Path, justice.Id, At(2, 18), At(3, 6, 15));
        await Facts.AddAsync(dueMonday, dueTuesday, overdue, resolved, unassigned);

        var first = await RunAtAsync(friday);
        var second = await RunAtAsync(friday.AddHours(3));

        first.WorkingDay.ShouldBeTrue();
        var alerts = await AlertsAsync(dueMonday, dueTuesday, overdue, resolved, unassigned);
        Describe(alerts).ShouldBe(
        [
            $"{dueMonday.Code} DueSoon {Director} Leader",
            $"{dueMonday.Code} DueSoon {HeadOfDepartment} Leader",
            $"{dueMonday.Code} DueSoon {Officer} Assignee",
            $"{overdue.Code} Overdue {Director} Leader",
            $"{overdue.Code} Overdue {HeadOfDepartment} Leader",
            $"{overdue.Code} Overdue {Officer} Assignee",
            $"{unassigned.Code} DueSoon {Director} Leader",
            $"{unassigned.Code} DueSoon {HeadOfDepartment} Leader",
        ], ignoreOrder: true);
        alerts.ShouldAllBe(a => a.LocalDay == new DateOnly(2026, 3, 6));
        second.WorkingDay.ShouldBeTrue();
        (await AlertsAsync(dueMonday, dueTuesday, overdue, resolved, unassigned)).Count.ShouldBe(alerts.Count);

        // The next working day the dossier still overdue is raised again, once.
        await RunAtAsync(new DateTimeOffset(2026, 3, 9, 7, 30, 0, TimeSpan.FromHours(7)));
        (await AlertsAsync(overdue)).Count(a => a.LocalDay == new DateOnly(2026, 3, 9)).ShouldBe(3);
    }

    [Fact]
    public async Task Before_the_30_April_and_1_May_holidays_the_next_working_day_is_the_Monday_after_and_a_day_off_raises_nothing()
    {
        var justice = await JusticeAsync();
        var dueMonday = Fact(justice.Path, justice.Id, At(4, 20), At(5, 4, 10), officer: Officer);
        var dueTuesday = Fact(justice.Path, justice.Id, At(4, 20), At(5, 5, 10), officer: Officer);
        await Facts.AddAsync(dueMonday, dueTuesday);

        var saturday = await RunAtAsync(new DateTimeOffset(2026, 4, 25, 7, 30, 0, TimeSpan.FromHours(7)));
        saturday.WorkingDay.ShouldBeFalse();
        saturday.AlertsRaised.ShouldBe(0);
        (await AlertsAsync(dueMonday, dueTuesday)).ShouldBeEmpty();

        // Wednesday 29 April 2026: Thursday 30/4 and Friday 1/5 are public holidays (Labour Code art. 112).
        await RunAtAsync(new DateTimeOffset(2026, 4, 29, 7, 30, 0, TimeSpan.FromHours(7)));
        var alerts = await AlertsAsync(dueMonday, dueTuesday);
        alerts.Select(a => a.DossierCode).Distinct().ShouldBe([dueMonday.Code]);
        alerts.ShouldAllBe(a => a.Kind == DeadlineAlertKind.DueSoon);
    }

    [Fact]
    public async Task Each_recipient_is_e_mailed_the_days_alerts_and_sees_them_on_the_alerts_page()
    {
        var justice = await JusticeAsync();
        var overdue = Fact(justice.Path, justice.Id, At(2, 16), At(2, 27, 17), officer: Officer);
        await Facts.AddAsync(overdue);

        // The app's own clock: the page shows today's alerts.
        await RunAtAsync(App.Clock.GetUtcNow());

        // The run queued one e-mail per recipient; deliver the officer's here rather than behind the shared outbox backlog.
        var key = $"{Officer}|{App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)):yyyy-MM-dd}";
        var queued = await Facts.InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Subscriber == "reporting.deadline-alerts.email" && m.Key == key).ToListAsync(Ct));
        queued.ShouldNotBeEmpty();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var subscriber = scope.ServiceProvider.GetRequiredService<DeadlineAlertEmailSubscriber>();
            var message = queued[^1];
            await subscriber.DeliverAsync(new OutboxEnvelope(message.Id, message.Topic, message.Key, message.PayloadJson, 1, message.CreatedAtUtc), Ct);
        }

        (await AlertsAsync(overdue)).Where(a => a.Recipient == Officer).ShouldAllBe(a => a.EmailedAtUtc != null);
        var mail = App.DevServices.Smtp.SentTo(Officer).Where(m => m.TextBody != null && m.TextBody.Contains(overdue.Code, StringComparison.Ordinal)).ToList();
        mail.ShouldNotBeEmpty();
        mail[0].Subject.ShouldStartWith("[Một cửa]");

        using var officer = await App.SignedInClientAsync(Officer);
        var html = await officer.GetStringAsync("/xu-ly/canh-bao", Ct);
        html.ShouldContain("Cảnh báo hạn xử lý hồ sơ");
        html.ShouldContain($"/mot-cua/ho-so/{overdue.Code}");
        html.ShouldContain("Quá hạn");
    }

    private Task<OrganisationUnit> JusticeAsync() =>
        Facts.InDatabaseAsync(db => db.Set<OrganisationUnit>().SingleAsync(u => u.Code == JusticeCode, Ct));

    private async Task<DeadlineAlertRun> RunAtAsync(DateTimeOffset now)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var handler = ActivatorUtilities.CreateInstance<RaiseDeadlineAlertsHandler>(scope.ServiceProvider, new FakeTimeProvider(now));
        return await handler.RunAsync(Ct);
    }

    private Task<List<DeadlineAlert>> AlertsAsync(params DossierFact[] facts)
    {
        var ids = facts.Select(f => f.DossierId).ToList();
        return Facts.InDatabaseAsync(db => db.Set<DeadlineAlert>().AsNoTracking().Where(a => ids.Contains(a.DossierId)).ToListAsync(Ct));
    }

    private static List<string> Describe(IEnumerable<DeadlineAlert> alerts) =>
        [.. alerts.Select(a => $"{a.DossierCode} {a.Kind} {a.Recipient} {a.Role}")];
}

[Collection(ReportingFactsInSequence.Name)]
public sealed class AlertsTests_Sqlite(SqliteApp app) : AlertsTests(app);

[Collection(ReportingFactsInSequence.Name)]
public sealed class AlertsTests_Postgres(PostgresApp app) : AlertsTests(app);
