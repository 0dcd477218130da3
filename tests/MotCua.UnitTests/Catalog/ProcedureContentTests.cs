using MotCua.Catalog.Domain;
using MotCua.Kernel.Results;
using Shouldly;

namespace MotCua.UnitTests.Catalog;

public sealed class ProcedureContentTests
{
    private static IReadOnlyDictionary<string, string[]> ErrorsOf(ProcedureContent content)
    {
        var errors = new ValidationErrors();
        content.Validate(errors);
        return errors.IsEmpty ? new Dictionary<string, string[]>() : errors.ToError().Fields!;
    }

    [Fact]
    public void A_complete_procedure_has_no_errors() => ErrorsOf(AProcedure.Content()).ShouldBeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_name_is_refused(string name) =>
        ErrorsOf(AProcedure.Content() with { Name = name })["Name"].ShouldBe(["Tên thủ tục không được để trống."]);

    [Fact]
    public void An_over_long_name_is_refused() =>
        ErrorsOf(AProcedure.Content() with { Name = new string('a', 501) })["Name"][0].ShouldContain("500");

    [Fact]
    public void A_negative_fee_is_refused() =>
        ErrorsOf(AProcedure.Content() with { Fees = [new FeeItem { Description = "Lệ phí", AmountDong = -1 }] })
            .ShouldContainKey("Fees[0].AmountDong");

    [Fact]
    public void A_fee_without_amount_or_rule_is_refused() =>
        ErrorsOf(AProcedure.Content() with { Fees = [new FeeItem { Description = "Lệ phí" }] })
            .ShouldContainKey("Fees[0].AmountDong");

    [Fact]
    public void A_conditional_component_must_say_when_it_applies() =>
        ErrorsOf(AProcedure.Content() with
        {
            Components = [new DossierComponent { Name = "Văn bản ủy quyền", Originals = 1, Requirement = ComponentRequirement.Conditional }],
        }).ShouldContainKey("Components[0].Condition");

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(400)]
    [InlineData(2.3)]
    public void A_processing_time_must_be_positive_bounded_and_in_half_days(decimal days) =>
        ErrorsOf(AProcedure.Content(days)).ShouldContainKey("ProcessingTimes[0].Amount");

    [Fact]
    public void An_online_service_needs_the_online_channel() =>
        ErrorsOf(AProcedure.Content() with { Channels = SubmissionChannels.Direct }).ShouldContainKey("OnlineLevel");

    [Fact]
    public void The_channel_specific_time_wins_over_the_general_one()
    {
        var content = AProcedure.Content() with
        {
            ProcessingTimes =
            [
                new ProcessingTime { Amount = 10 },
                new ProcessingTime { Channel = SubmissionChannels.Online, Amount = 8 },
            ],
        };

        content.TimeFor(SubmissionChannels.Online)!.Amount.ShouldBe(8);
        content.TimeFor(SubmissionChannels.Direct)!.Amount.ShouldBe(10);
    }

    [Theory]
    [InlineData("1.004082", true)]
    [InlineData("2.000545.H40", true)]
    [InlineData("", false)]
    [InlineData("1 004 082", false)]
    [InlineData("abc", false)]
    public void Procedure_codes_are_national_code_shaped(string code, bool valid) => Procedure.IsValidCode(code).ShouldBe(valid);
}
