using MotCua.Catalog.Domain;
using MotCua.Kernel.Results;
using Shouldly;

namespace MotCua.UnitTests.Catalog;

public sealed class ProcedureVersioningTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly June1 = new(2026, 6, 1);

    [Fact]
    public void A_new_procedure_is_a_draft_valid_on_no_day()
    {
        var procedure = AProcedure.Draft();

        procedure.Draft.ShouldNotBeNull().Number.ShouldBe(1);
        procedure.VersionAt(March1).ShouldBeNull();
    }

    [Fact]
    public void Publishing_makes_the_draft_valid_from_the_decisions_effective_date()
    {
        var procedure = AProcedure.PublishedOn(March1);

        procedure.VersionAt(March1.AddDays(-1)).ShouldBeNull();
        var version = procedure.VersionAt(March1).ShouldNotBeNull();
        version.Status.ShouldBe(VersionStatus.Published);
        version.Decision!.Number.ShouldBe("123/QĐ-UBND");
    }

    [Fact]
    public void A_new_version_supersedes_the_previous_one_from_its_effective_date_without_overwriting_it()
    {
        var procedure = AProcedure.PublishedOn(March1);
        procedure.SaveDraft(AProcedure.Content(days: 7), AProcedure.Now).IsSuccess.ShouldBeTrue();

        procedure.Publish(AProcedure.Decision(June1, "456/QĐ-UBND"), AProcedure.Now).IsSuccess.ShouldBeTrue();

        var first = procedure.VersionAt(June1.AddDays(-1)).ShouldNotBeNull();
        first.Number.ShouldBe(1);
        first.Status.ShouldBe(VersionStatus.Superseded);
        first.Content.ProcessingTimes[0].Amount.ShouldBe(10);
        var second = procedure.VersionAt(June1).ShouldNotBeNull();
        second.Number.ShouldBe(2);
        second.Content.ProcessingTimes[0].Amount.ShouldBe(7);
    }

    [Fact]
    public void Editing_a_published_procedure_opens_a_new_draft_and_leaves_the_published_version_alone()
    {
        var procedure = AProcedure.PublishedOn(March1);

        var draft = procedure.SaveDraft(AProcedure.Content(days: 5), AProcedure.Now).Value!;

        draft.Number.ShouldBe(2);
        procedure.VersionAt(March1)!.Content.ProcessingTimes[0].Amount.ShouldBe(10);
    }

    [Fact]
    public void A_decision_taking_effect_before_the_current_version_is_refused()
    {
        var procedure = AProcedure.PublishedOn(June1);
        procedure.SaveDraft(AProcedure.Content(days: 7), AProcedure.Now);

        var result = procedure.Publish(AProcedure.Decision(March1), AProcedure.Now);

        result.Error.ShouldNotBeNull().Fields!.ShouldContainKey("Decision.EffectiveOn");
        procedure.Draft.ShouldNotBeNull();
    }

    [Fact]
    public void Publishing_an_incomplete_procedure_is_refused_with_every_missing_part_named()
    {
        var procedure = AProcedure.Draft(AProcedure.Content() with { Components = [], LegalBases = [], Sequence = "" });

        var result = procedure.Publish(AProcedure.Decision(March1), AProcedure.Now);

        var error = result.Error.ShouldNotBeNull();
        error.Kind.ShouldBe(ErrorKind.Validation);
        error.Fields!.Keys.ShouldBe(["Components", "LegalBases", "Sequence"], ignoreOrder: true);
        procedure.VersionAt(March1).ShouldBeNull();
    }

    [Fact]
    public void Retiring_ends_validity_the_day_before_the_decision_takes_effect()
    {
        var procedure = AProcedure.PublishedOn(March1);

        procedure.Retire(AProcedure.Decision(June1, "789/QĐ-UBND")).IsSuccess.ShouldBeTrue();

        procedure.VersionAt(June1.AddDays(-1)).ShouldNotBeNull();
        procedure.VersionAt(June1).ShouldBeNull();
        procedure.SaveDraft(AProcedure.Content(), AProcedure.Now).Error!.Kind.ShouldBe(ErrorKind.Conflict);
    }
}
