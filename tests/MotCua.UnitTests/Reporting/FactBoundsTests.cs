using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Calendar;
using MotCua.Reporting;
using MotCua.Reporting.Domain;
using MotCua.Reporting.Features.Facts;
using Shouldly;

namespace MotCua.UnitTests.Reporting;

/// <summary>
/// The counter and the drill-down only read the dossiers <see cref="FactQueries.Alive"/> keeps for a period, so every
/// measure the module registers must select inside that set, or a figure would silently shrink.
/// </summary>
public sealed class FactBoundsTests
{
    private static readonly DateOnly Origin = new(2025, 1, 1);

    [Fact]
    public void Every_registered_measure_selects_only_dossiers_alive_in_the_period()
    {
        var measures = RegisteredMeasures();
        measures.Count.ShouldBeGreaterThan(40);
        var random = new Random(766);
        var facts = Enumerable.Range(0, 4000).Select(_ => RandomFacts.Next(random, Origin)).ToList();

        for (var w = 0; w < 60; w++)
        {
            var from = Origin.AddDays(random.Next(0, 400));
            var to = from.AddDays(random.Next(0, 120));
            var now = ReportWindows.StartOfDayUtc(Origin.AddDays(random.Next(0, 600))).AddMinutes(random.Next(0, 1440));
            var window = ReportWindows.Of(from, to, now);
            var alive = FactQueries.Alive(window).Compile();
            foreach (var measure in measures)
            {
                var selects = measure.Predicate(window).Compile();
                var escaping = facts.Where(f => selects(f) && !alive(f)).Select(f => f.Code).FirstOrDefault();
                escaping.ShouldBeNull($"{measure.Key} selects {escaping} outside {from}–{to}");
            }
        }
    }

    [Fact]
    public void The_bound_keeps_open_dossiers_and_drops_those_closed_before_or_received_after()
    {
        var window = ReportWindows.Of(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        var alive = FactQueries.Alive(window).Compile();

        alive(Fact(received: new(2026, 6, 1), ended: new(2026, 6, 30), FactOutcome.Resolved)).ShouldBeFalse();
        alive(Fact(received: new(2026, 10, 1), ended: null, FactOutcome.InProgress)).ShouldBeFalse();
        alive(Fact(received: new(2026, 6, 1), ended: null, FactOutcome.InProgress)).ShouldBeTrue();
        alive(Fact(received: new(2026, 6, 1), ended: new(2026, 7, 1), FactOutcome.Resolved)).ShouldBeTrue();
        // Waiting for a supplement asked before the period: 766 ends it then, Biểu 06 still counts it in progress.
        alive(Fact(received: new(2026, 5, 1), ended: new(2026, 5, 20), FactOutcome.InProgress)).ShouldBeTrue();
    }

    private static List<IFactMeasure> RegisteredMeasures()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        services.AddSingleton<IWorkingCalendarSource>(new FixedCalendar());
        services.AddReportingModule(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        return [.. provider.GetRequiredService<FactMeasures>().All];
    }

    private static DossierFact Fact(DateOnly received, DateOnly? ended, FactOutcome outcome)
    {
        var receivedAt = ReportWindows.StartOfDayUtc(received).AddHours(9);
        DateTime? endedAt = ended is { } e ? ReportWindows.StartOfDayUtc(e).AddHours(15) : null;
        return new DossierFact
        {
            Code = $"T-{received:yyyyMMdd}",
            Outcome = outcome,
            SubmittedOn = received,
            ReceivedAtUtc = receivedAt,
            ReceivedOn = received,
            EndedAtUtc = endedAt,
            EndedOn = ended,
            DueAtUtc = receivedAt.AddDays(10),
        };
    }

    private sealed class FixedCalendar : IWorkingCalendarSource
    {
        private static readonly Task<WorkingCalendar> Calendar = Task.FromResult(WorkingCalendar.ForVietnam([], 2020, 2030));

        public Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken) => Calendar;

        public Task<OfficeHours> OfficeHoursForAsync(Guid unitId, CancellationToken cancellationToken) => Task.FromResult(OfficeHours.Default);
    }
}
