using MotCua.Reporting.Domain.Rollups;
using MotCua.Reporting.Features.Facts;
using MotCua.Reporting.Features.Index766;
using MotCua.Reporting.Features.Rollups;
using Shouldly;

namespace MotCua.UnitTests.Reporting;

/// <summary>
/// The rollups are sums of each dossier's events (ADR 0011); these tests hold those sums, combined as the reader combines
/// them, to the 766 measures' own predicates over the same dossiers, for periods that have ended and for current ones.
/// </summary>
public sealed class RollupTests
{
    private static readonly DateOnly Origin = new(2025, 1, 1);

    [Fact]
    public void Summed_events_give_every_dossier_figure_of_the_index_for_any_window()
    {
        var random = new Random(2026);
        var facts = Enumerable.Range(0, 5000).Select(_ => RandomFacts.Next(random, Origin)).ToList();
        var events = facts.SelectMany(RollupEvents.Of).ToList();
        var (inTime, dueLaterSeen) = (0L, 0);

        for (var w = 0; w < 80; w++)
        {
            var from = Origin.AddDays(random.Next(-30, 500));
            var to = from.AddDays(random.Next(0, w % 4 == 0 ? 400 : 100));
            // Half the windows are still running: "now" falls inside them, at any minute of the day.
            var now = w % 2 == 0
                ? ReportWindows.StartOfDayUtc(to.AddDays(random.Next(1, 30))).AddMinutes(random.Next(0, 1440))
                : ReportWindows.StartOfDayUtc(from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1))).AddMinutes(random.Next(0, 1440));
            var window = ReportWindows.Of(from, to, now);

            long Before(RollupCounter c) => events.Where(e => e.Counter == c && e.Procedure is null && e.Day < from).Sum(e => e.Value);
            long Within(RollupCounter c) => events.Where(e => e.Counter == c && e.Procedure is null && e.Day >= from && e.Day <= to).Sum(e => e.Value);
            var open = Index766Measures.OpenInTime(window).Compile();
            var dueLater = facts.Where(f => open(f) && f.DueAtUtc >= window.AsOfUtc && f.DueAtUtc < window.EndUtc).ToList();
            var counts = RollupReader.Counts(Before, Within, dueLater.Count, dueLater.Count(f => f.Satisfaction != 1));
            (inTime, dueLaterSeen) = (inTime + counts["766.2.1.num"], dueLaterSeen + dueLater.Count);

            foreach (var measure in Index766Measures.Indicators)
            {
                var predicate = measure.Predicate(window).Compile();
                counts[measure.Key].ShouldBe(facts.LongCount(predicate), $"{measure.Key} over {from}–{to} at {now:u}");
            }

            var resolved = Index766Measures.Indicators.Single(m => m.Key == "766.2.2.den").Predicate(window).Compile();
            (Within(RollupCounter.ResolvedWorkingDaysHundredths) / 100m)
                .ShouldBe(Math.Round((decimal)facts.Where(resolved).Sum(f => f.ProcessingWorkingDays ?? 0d), 2));

            foreach (var measure in Index766Measures.ProcedureFacts)
            {
                var predicate = measure.Predicate(window).Compile();
                foreach (var procedure in facts.Select(f => f.ProcedureCode).Distinct())
                {
                    var summed = events.Where(e => e.Procedure == procedure && e.Day >= from && e.Day <= to && RollupReader.ProcedureKey(e.Counter) == measure.Key).Sum(e => e.Value);
                    summed.ShouldBe(facts.LongCount(f => f.ProcedureCode == procedure && predicate(f)), $"{measure.Key} of {procedure}");
                }
            }
        }

        inTime.ShouldBeGreaterThan(0);
        dueLaterSeen.ShouldBeGreaterThan(0, "some running window should hold dossiers due later than now");
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", "2026-01-01", "2026-12-01", 0, 0)]
    [InlineData("2025-12-15", "2026-03-14", "2026-01-01", "2026-02-01", 17, 14)]
    [InlineData("2026-02-03", "2026-02-20", null, null, 18, 0)]
    [InlineData("2026-01-31", "2026-03-01", "2026-02-01", "2026-02-01", 1, 1)]
    public void A_window_is_its_whole_months_and_the_days_around_them(string from, string to, string? firstMonth, string? lastMonth, int headDays, int tailDays)
    {
        var (f, t) = (DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        var span = MonthSpan.Of(f, t);

        if (firstMonth is null)
        {
            (span.FirstMonth > span.LastMonth).ShouldBeTrue();
        }
        else
        {
            span.FirstMonth.ShouldBe(DateOnly.Parse(firstMonth, System.Globalization.CultureInfo.InvariantCulture));
            span.LastMonth.ShouldBe(DateOnly.Parse(lastMonth!, System.Globalization.CultureInfo.InvariantCulture));
        }

        (span.HeadTo.DayNumber - f.DayNumber + 1).ShouldBe(headDays);
        (t.DayNumber - span.TailFrom.DayNumber + 1).ShouldBe(tailDays);

        // Every day of the window is in exactly one part.
        for (var day = f; day <= t; day = day.AddDays(1))
        {
            var inMonths = day >= span.FirstMonth && day < span.LastMonth.AddMonths(1);
            var inDays = day <= span.HeadTo || day >= span.TailFrom;
            (inMonths ^ inDays).ShouldBeTrue(day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void A_dossier_counts_in_its_unit_and_every_ancestor_and_a_reprojection_that_changes_nothing_writes_nothing()
    {
        RollupDeltas.SelfAndAncestors("/HN/SOTP/PHONG1/").ShouldBe(["/HN/", "/HN/SOTP/", "/HN/SOTP/PHONG1/"]);

        var fact = RandomFacts.Next(new Random(7), Origin);
        while (fact.ReceivedOn is null)
        {
            fact = RandomFacts.Next(new Random(fact.Code.GetHashCode(StringComparison.Ordinal)), Origin);
        }

        fact.ProcessingUnitPath = "/HN/SOTP/";
        var deltas = new RollupDeltas();
        deltas.Add(fact);
        var added = deltas.NonZero.ToList();
        added.ShouldContain(d => d.Key.UnitPath == "/HN/" && d.Key.Grain == RollupGrain.Month && d.Key.Counter == RollupCounter.Received && d.Value == 1);
        added.ShouldContain(d => d.Key.UnitPath == "/HN/SOTP/" && d.Key.Grain == RollupGrain.Day && d.Key.Start == fact.ReceivedOn && d.Key.Counter == RollupCounter.Received);

        deltas.Subtract(fact);
        deltas.NonZero.ShouldBeEmpty();
    }
}
