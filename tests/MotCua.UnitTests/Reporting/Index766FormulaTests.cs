using MotCua.Catalog.Contracts;
using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain.Index766;
using Shouldly;

namespace MotCua.UnitTests.Reporting;

/// <summary>Formula "766-dvcqg" (DOMAIN A6, B §1.2–1.3) with hand-computed points.</summary>
public sealed class Index766FormulaTests
{
    private static readonly Formula Formula = Formula766.Dvcqg;

    private static SubIndicator I(string id) => Formula.Find(id).ShouldNotBeNull();

    [Fact]
    public void The_catalogue_has_every_sub_indicator_and_its_maxima_add_up_as_A6_says()
    {
        Formula.Version.ShouldBe("766-dvcqg");
        Formula.Indicators.Select(i => i.Id).ShouldBe(
            ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "3.3", "3.5a", "3.5b", "3.6", "4.1", "4.2", "4.x", "4.3", "4.4", "4.5a", "4.5b", "5.1", "5.2", "5.3", "5.4"]);
        Formula.Groups.Select(g => g.MaxPoints).ShouldBe([18m, 20m, 22m, 22m, 18m]);
        foreach (var group in Formula.Groups)
        {
            Formula.Indicators.Where(i => i.Group == group.Number).Sum(i => i.MaxPoints).ShouldBe(group.MaxPoints, $"group {group.Number}");
        }

        Formula.Indicators.Where(i => i.Part == Formula766.OnlineServices).Sum(i => i.MaxPoints).ShouldBe(12m);
        Formula.Indicators.Where(i => i.Part == Formula766.OnlinePayment).Sum(i => i.MaxPoints).ShouldBe(10m);
        Formula.MaxPoints.ShouldBe(100m);
        Formula.Indicators.Where(i => i.Monitoring).Select(i => i.Id).ShouldBe(["2.2", "5.1"]);
        Formula.Indicators.Where(i => i.ThresholdPercent is not null).ToDictionary(i => i.Id, i => i.ThresholdPercent!.Value)
            .ShouldBe(new Dictionary<string, decimal> { ["3.1"] = 80, ["3.2"] = 100, ["3.3"] = 50, ["3.5a"] = 80, ["3.5b"] = 80, ["4.2"] = 80, ["4.3"] = 80, ["5.4"] = 90 });
    }

    [Theory]
    [InlineData("3.1", 3, 4, 75, 1.875)] // below T = 80 %: 75 × 2 / 80
    [InlineData("3.1", 4, 5, 80, 2)] // at T: Pmax
    [InlineData("3.3", 3, 4, 75, 6)] // above T = 50 %: Pmax
    [InlineData("2.1", 2, 3, 66.67, 13.334)] // proportional on the rounded ratio: 66.67 % × 20
    [InlineData("1.4", 1, 3, 33.33, 1.9998)] // 33.33 % × 6
    [InlineData("1.4", 5, 4, 125, 6)] // never more than Pmax
    [InlineData("5.4", 17, 20, 85, 5.6666666666666666666666666667)] // 85 × 6 / 90
    public void Points_follow_the_threshold_or_proportional_rule(string id, int numerator, int denominator, double ratio, double points)
    {
        var score = Scoring.Score(I(id), new IndicatorCount(numerator, denominator));

        score.Ratio.ShouldBe((decimal)ratio);
        score.Points.ShouldNotBeNull().ShouldBe((decimal)points, 0.0000001m);
    }

    [Fact]
    public void A_zero_denominator_is_not_applicable_with_no_points()
    {
        var score = Scoring.Score(I("5.2"), new IndicatorCount(0, 0));

        score.NotApplicable.ShouldBeTrue();
        score.Ratio.ShouldBeNull();
        score.Points.ShouldBe(0m);
    }

    [Fact]
    public void Monitoring_indicators_show_a_value_without_points()
    {
        var average = Scoring.Score(I("2.2"), new IndicatorCount(25.5m, 3));

        average.Ratio.ShouldBe(8.5m, "2.2 is an average in working days, not a percentage");
        average.Points.ShouldBeNull();
        Scoring.Score(I("5.1"), new IndicatorCount(1, 4)).Points.ShouldBeNull();
    }

    [Fact]
    public void Groups_parts_and_the_total_are_sums_of_the_sub_indicators()
    {
        var counts = new Dictionary<string, IndicatorCount>
        {
            ["1.3"] = new(1, 1), // 2
            ["1.4"] = new(1, 2), // 50 % × 6 = 3
            ["2.1"] = new(3, 4), // 75 % × 20 = 15
            ["2.2"] = new(10, 2), // monitoring: 0
            ["3.1"] = new(1, 2), // 50 × 2 / 80 = 1.25
            ["3.6"] = new(1, 4), // 25 % × 6 = 1.5
            ["4.2"] = new(2, 2), // 4
            ["5.4"] = new(9, 10), // 90 % = T: 6
        };

        var index = Scoring.Score(Formula, counts);

        index.FormulaVersion.ShouldBe("766-dvcqg");
        index.Groups.Select(g => g.Points).ShouldBe([5m, 15m, 2.75m, 4m, 6m]);
        index.Groups[2].Parts.Select(p => p.Points).ShouldBe([1.25m, 1.5m]);
        index.Total.ShouldBe(32.75m);
        index.Indicators.Count(i => i.NotApplicable).ShouldBe(Formula.Indicators.Count - counts.Count);
    }

    [Theory]
    [InlineData(100, "Xuất sắc")]
    [InlineData(90, "Xuất sắc")]
    [InlineData(89.999, "Tốt")]
    [InlineData(80, "Tốt")]
    [InlineData(65, "Khá")]
    [InlineData(50, "Trung bình")]
    [InlineData(49.99, "Yếu")]
    [InlineData(0, "Yếu")]
    public void Default_grade_bands_are_the_local_choice_of_A6(double total, string grade) =>
        new GradeOptions().GradeOf((decimal)total).ShouldBe(grade);

    [Fact]
    public void Configured_grade_bands_replace_the_defaults()
    {
        var options = new GradeOptions { Grades = [new("Đạt", 70), new("Chưa đạt", 0)] };

        options.GradeOf(70).ShouldBe("Đạt");
        options.GradeOf(69.9m).ShouldBe("Chưa đạt");
    }

    [Fact]
    public void Ranking_is_competition_ranking_with_ties_within_a_thousandth()
    {
        var ranked = Ranking.Rank<string>([("A", 80m), ("B", 90m), ("C", 80.0005m), ("D", 70m), ("E", 80.002m)]);

        ranked.Select(r => (r.Item, r.Rank)).ShouldBe([("B", 1), ("E", 2), ("C", 3), ("A", 3), ("D", 5)]);
    }

    [Fact]
    public void Procedure_level_indicators_count_each_procedure_once_per_period()
    {
        var calendar = WorkingCalendar.WeekendsOnly;
        var from = new DateOnly(2026, 3, 1);
        var to = new DateOnly(2026, 3, 31);
        // Signed Mon 2 March: 5 working days to Mon 9 March (3, 4, 5, 6, 9) — on time for 1.1; made public on 9 March,
        // the 5th working day after — on time for 1.2.
        var onTime = new PublicationRecord(1, "12/QĐ-UBND", new(2026, 3, 2), new(2026, 3, 9), new(2026, 3, 9), new(2026, 3, 9));
        // Basis effective Fri 6 March: only 4 working days after signing; made public on the 6th working day.
        var late = new PublicationRecord(2, "15/QĐ-UBND", new(2026, 3, 2), new(2026, 3, 6), new(2026, 3, 10), new(2026, 3, 6));
        var before = new PublicationRecord(1, "99/QĐ-UBND", new(2026, 1, 5), new(2026, 2, 1), new(2026, 1, 30), new(2026, 2, 1));
        ProcedureReportingRecord P(string code, OnlineOffer online, bool fee, bool individuals, bool complete, params PublicationRecord[] decisions) =>
            new(Guid.NewGuid(), code, "Thủ tục " + code, "LV", Guid.Empty, online, fee, individuals, complete, decisions);
        var procedures = new[]
        {
            P("1.000001", OnlineOffer.Full, fee: true, individuals: true, complete: true, onTime),
            P("1.000002", OnlineOffer.None, fee: true, individuals: false, complete: true, onTime, late),
            P("1.000003", OnlineOffer.Partial, fee: false, individuals: true, complete: false, before),
        };
        var facts = new Dictionary<string, IReadOnlyDictionary<string, long>>
        {
            ["1.000001"] = new Dictionary<string, long> { [ProcedureIndicators.ProcedureFactKeys.OnlineDossier] = 2, [ProcedureIndicators.ProcedureFactKeys.PopulationData] = 1 },
            ["1.000002"] = new Dictionary<string, long> { [ProcedureIndicators.ProcedureFactKeys.SyncedFee] = 1, [ProcedureIndicators.ProcedureFactKeys.PaidOnline] = 0 },
        };

        var sets = ProcedureIndicators.Compute(procedures, facts, from, to, calendar);

        Same(sets["1.1"], ["1.000001"], ["1.000001", "1.000002"]); // late once in the period, late for the period
        sets["1.2"].Numerator.ShouldBe(["1.000001"]);
        sets["1.3"].Count.ShouldBe(new IndicatorCount(2, 3));
        sets["3.1"].Count.ShouldBe(new IndicatorCount(2, 3));
        Same(sets["3.2"], ["1.000001"], ["1.000001", "1.000003"]);
        Same(sets["3.5a"], ["1.000002"], ["1.000001", "1.000002"]);
        sets["3.5b"].Count.ShouldBe(new IndicatorCount(0, 2));
        Same(sets["4.5a"], ["1.000001"], ["1.000001", "1.000003"]);
    }

    private static void Same(ProcedureSets sets, string[] numerator, string[] denominator)
    {
        sets.Numerator.ShouldBe(numerator);
        sets.Denominator.ShouldBe(denominator);
    }
}
