using MotCua.Engagement.Features.Satisfaction;
using MotCua.Kernel.Results;
using Shouldly;

namespace MotCua.UnitTests.Engagement;

public sealed class RatingTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly RatedDossier Dossier = new("000.00.35.H40-260302-0001", "1.001234", Guid.NewGuid(), "/tinh/stp/", "/tinh/");
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private static Rating Given(SatisfactionLevel overall = SatisfactionLevel.Satisfied, OfficialsAttitude attitude = OfficialsAttitude.Proper) =>
        Rating.Give(Dossier, Rating.ReturnedState, new RatingAnswer(overall, attitude, null), RatingChannel.Portal, "010090001234", Now, Week).Value!;

    [Theory]
    [InlineData("Received")]
    [InlineData("ResultReady")]
    [InlineData("Refused")]
    public void A_dossier_whose_result_was_not_returned_cannot_be_rated(string state)
    {
        var result = Rating.Give(Dossier, state, new RatingAnswer(SatisfactionLevel.Satisfied, OfficialsAttitude.Proper, null), RatingChannel.Portal, "x", Now, Week);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Code.ShouldBe("rating-before-return");
    }

    [Fact]
    public void A_rating_is_editable_for_the_period_from_when_it_was_given()
    {
        var rating = Given();

        rating.EditableUntilUtc.ShouldBe(Now.AddDays(7));
        rating.IsEditableAt(Now.AddDays(7)).ShouldBeTrue();
        rating.IsEditableAt(Now.AddDays(7).AddSeconds(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_change_within_the_period_replaces_the_answer_and_bumps_the_version()
    {
        var rating = Given();

        var changed = rating.Change(new RatingAnswer(SatisfactionLevel.VerySatisfied, OfficialsAttitude.Attentive, "  Tốt "), RatingChannel.Kiosk, "kiosk:a", Now.AddDays(6));

        changed.IsSuccess.ShouldBeTrue();
        rating.Overall.ShouldBe(SatisfactionLevel.VerySatisfied);
        rating.Comment.ShouldBe("Tốt");
        rating.Channel.ShouldBe(RatingChannel.Kiosk);
        rating.Version.ShouldBe(2);
        rating.EditableUntilUtc.ShouldBe(Now.AddDays(7));
    }

    [Fact]
    public void A_change_after_the_period_is_refused_with_the_deadline_in_vietnam_time_and_nothing_changes()
    {
        var rating = Given();

        var changed = rating.Change(new RatingAnswer(SatisfactionLevel.Dissatisfied, OfficialsAttitude.Harassing, null), RatingChannel.Portal, "x", Now.AddDays(8));

        changed.IsSuccess.ShouldBeFalse();
        changed.Error.Kind.ShouldBe(ErrorKind.Conflict);
        changed.Error.Message.ShouldContain("09:00 ngày 09/03/2026");
        rating.Overall.ShouldBe(SatisfactionLevel.Satisfied);
        rating.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(SatisfactionLevel.Dissatisfied, OfficialsAttitude.Attentive, true)]
    [InlineData(SatisfactionLevel.VerySatisfied, OfficialsAttitude.Harassing, true)]
    [InlineData(SatisfactionLevel.Satisfied, OfficialsAttitude.Proper, false)]
    [InlineData(SatisfactionLevel.VerySatisfied, OfficialsAttitude.Attentive, false)]
    public void Dissatisfaction_or_a_complaint_about_attitude_needs_a_review(SatisfactionLevel overall, OfficialsAttitude attitude, bool needsReview) =>
        Given(overall, attitude).NeedsReview.ShouldBe(needsReview);

    [Fact]
    public void Only_a_change_from_positive_to_negative_asks_for_a_new_review()
    {
        var rating = Given();

        rating.Change(new RatingAnswer(SatisfactionLevel.Dissatisfied, OfficialsAttitude.Proper, null), RatingChannel.Portal, "x", Now).Value.ShouldBeTrue();
        rating.Change(new RatingAnswer(SatisfactionLevel.Dissatisfied, OfficialsAttitude.Harassing, null), RatingChannel.Portal, "x", Now).Value.ShouldBeFalse();
        rating.Change(new RatingAnswer(SatisfactionLevel.Satisfied, OfficialsAttitude.Proper, null), RatingChannel.Portal, "x", Now).Value.ShouldBeFalse();
    }

    [Fact]
    public void Unknown_answers_and_an_overlong_comment_are_refused_on_their_fields()
    {
        var result = Rating.Give(
            Dossier, Rating.ReturnedState, new RatingAnswer((SatisfactionLevel)9, (OfficialsAttitude)0, new string('a', Rating.CommentMaxLength + 1)),
            RatingChannel.Portal, "x", Now, Week);

        result.Error!.Fields!.Keys.ShouldBe(["overall", "attitude", "comment"], ignoreOrder: true);
    }

    [Fact]
    public void A_review_is_answered_once_with_findings_and_action()
    {
        var review = RatingReview.OpenFor(Given(SatisfactionLevel.Dissatisfied), Now);

        review.Answer(" ", null, "giamdoc", Now).Error!.Fields!.Keys.ShouldBe(["findings", "actionTaken"], ignoreOrder: true);
        review.IsOpen.ShouldBeTrue();
        review.Answer("Đã xác minh", "Đã nhắc nhở", "giamdoc", Now.AddDays(1)).IsSuccess.ShouldBeTrue();
        review.IsOpen.ShouldBeFalse();
        review.Answer("Lại", "Lại", "giamdoc", Now.AddDays(2)).Error!.Code.ShouldBe("review-answered");
        review.Findings.ShouldBe("Đã xác minh");
    }
}
