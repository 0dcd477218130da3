using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Engagement.Contracts;
using MotCua.Engagement.Features.Satisfaction;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Engagement;

/// <summary>The kiosk at the desk and the SMS link: one rating per returned dossier, editable for a while, refusals write nothing.</summary>
public abstract class RatingApiTests(MotCuaApp app) : IntegrationTest(app)
{
    private readonly RatingDesk _ratings = new(app);

    [Fact]
    public async Task The_applicant_rates_a_returned_dossier_at_the_kiosk_and_changes_it_within_the_period()
    {
        var code = await _ratings.ReturnedDossierAsync();

        var rated = await _ratings.RatedAtKioskAsync(code, "Satisfied", "Proper", "  Nhanh gọn  ");
        rated.GetProperty("overall").GetString().ShouldBe("Satisfied");
        rated.GetProperty("comment").GetString().ShouldBe("Nhanh gọn");
        rated.GetProperty("editable").GetBoolean().ShouldBeTrue();
        rated.GetProperty("editableUntil").GetDateTime().ShouldBe(App.Clock.GetUtcNow().UtcDateTime.AddDays(7));

        var changed = await _ratings.RatedAtKioskAsync(code, "VerySatisfied", "Attentive");
        changed.GetProperty("overall").GetString().ShouldBe("VerySatisfied");
        changed.GetProperty("comment").ValueKind.ShouldBe(JsonValueKind.Null);

        var rating = (await _ratings.RatingAsync(code)).ShouldNotBeNull();
        rating.Overall.ShouldBe(SatisfactionLevel.VerySatisfied);
        rating.Attitude.ShouldBe(OfficialsAttitude.Attentive);
        rating.Channel.ShouldBe(RatingChannel.Kiosk);
        rating.RatedBy.ShouldBe("kiosk:" + Desk);
        rating.Version.ShouldBe(2);
        (await _ratings.AuditCountAsync(code)).ShouldBe(2);
        (await _ratings.ReviewCountAsync(code)).ShouldBe(0);
    }

    [Fact]
    public async Task A_change_after_the_period_is_refused_and_the_rating_stays_as_it_was()
    {
        var code = await _ratings.ReturnedDossierAsync();
        await _ratings.RatedAtKioskAsync(code, "Satisfied", "Proper");
        await _ratings.PastItsPeriodAsync(code);

        using var response = await _ratings.AtKioskAsync(code, "5678", "Dissatisfied", "Harassing");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("rating-locked");
        problem.GetProperty("detail").GetString()!.ShouldContain("Thời hạn sửa đã hết");
        var rating = (await _ratings.RatingAsync(code)).ShouldNotBeNull();
        rating.Overall.ShouldBe(SatisfactionLevel.Satisfied);
        rating.Version.ShouldBe(1);
        (await _ratings.ReviewCountAsync(code)).ShouldBe(0);
        (await _ratings.AuditCountAsync(code)).ShouldBe(1);
    }

    [Fact]
    public async Task A_dossier_whose_result_was_not_returned_cannot_be_rated()
    {
        var code = await _ratings.Desk.ReceivedCodeAsync();

        using var response = await _ratings.AtKioskAsync(code, "5678", "VerySatisfied", "Attentive");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("rating-before-return");
        (await _ratings.RatingAsync(code)).ShouldBeNull();
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("1235")]
    public async Task Wrong_digits_at_the_kiosk_are_answered_like_an_unknown_code_and_nothing_is_written(string verifier)
    {
        var code = await _ratings.ReturnedDossierAsync();

        using var response = await _ratings.AtKioskAsync(code, verifier, "Dissatisfied", "Harassing");
        using var unknown = await _ratings.AtKioskAsync("000.00.35.H40-260302-9999", verifier, "Dissatisfied", "Harassing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()
            .ShouldBe((await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        (await _ratings.RatingAsync(code)).ShouldBeNull();
        (await _ratings.ReviewCountAsync(code)).ShouldBe(0);
    }

    [Fact]
    public async Task Either_the_phone_or_the_identifier_digits_open_the_kiosk_and_a_missing_answer_is_named()
    {
        var code = await _ratings.ReturnedDossierAsync();

        using var incomplete = await _ratings.AtKioskAsync(code, "1234", "", "Proper");

        incomplete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _ratings.RatingAsync(code)).ShouldBeNull();
        using var byIdentifier = await _ratings.AtKioskAsync(code, "1234", "Satisfied", "Proper");
        byIdentifier.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_desks_tablet_does_not_take_ratings_of_this_desks_dossiers()
    {
        var code = await _ratings.ReturnedDossierAsync();
        using var otherDesk = await App.SignedInClientAsync(OtherDesk);

        using var response = await otherDesk.PostAsJsonAsync("/api/v1/ratings/kiosk", new { code, verifier = "5678", overall = "Satisfied", attitude = "Proper" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _ratings.RatingAsync(code)).ShouldBeNull();
    }

    [Fact]
    public async Task The_sms_link_rates_its_own_dossier()
    {
        var code = await _ratings.ReturnedDossierAsync();
        var link = _ratings.Service<IRatingLinks>().LinkFor(code);
        link.AbsolutePath.ShouldStartWith("/danh-gia/");
        var token = link.AbsolutePath["/danh-gia/".Length..];
        using var anonymous = App.CreateClient();

        var before = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/ratings/links/{token}", Ct);
        before.GetProperty("dossierCode").GetString().ShouldBe(code);
        before.GetProperty("canRate").GetBoolean().ShouldBeTrue();
        using var response = await anonymous.PutAsJsonAsync($"/api/v1/ratings/links/{token}", new { overall = "VerySatisfied", attitude = "Attentive" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var rating = (await _ratings.RatingAsync(code)).ShouldNotBeNull();
        rating.Channel.ShouldBe(RatingChannel.SmsLink);
        rating.Overall.ShouldBe(SatisfactionLevel.VerySatisfied);
    }

    [Fact]
    public async Task A_tampered_or_forged_link_is_refused_and_nothing_is_written()
    {
        var code = await _ratings.ReturnedDossierAsync();
        var other = await _ratings.ReturnedDossierAsync();
        var links = _ratings.Service<RatingLinks>();
        var genuine = links.Issue(code, App.Clock.GetUtcNow().AddDays(1));
        var otherToken = links.Issue(other, App.Clock.GetUtcNow().AddDays(1));
        var parts = genuine.Split('.');
        string[] forged =
        [
            otherToken.Split('.')[0] + "." + parts[1],
            parts[0] + "." + (parts[1][0] == 'A' ? "B" : "A") + parts[1][1..],
            parts[0],
            "khong-phai-token",
        ];
        using var anonymous = App.CreateClient();

        foreach (var token in forged)
        {
            using var response = await anonymous.PutAsJsonAsync($"/api/v1/ratings/links/{Uri.EscapeDataString(token)}", new { overall = "Dissatisfied", attitude = "Harassing" }, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, token);
            (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("rating-link-invalid");
        }

        (await _ratings.RatingAsync(code)).ShouldBeNull();
        (await _ratings.RatingAsync(other)).ShouldBeNull();
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_where_to_rate_instead()
    {
        var code = await _ratings.ReturnedDossierAsync();
        var token = _ratings.Service<RatingLinks>().Issue(code, App.Clock.GetUtcNow().AddSeconds(-1));
        using var anonymous = App.CreateClient();

        using var response = await anonymous.PutAsJsonAsync($"/api/v1/ratings/links/{token}", new { overall = "Satisfied", attitude = "Proper" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("rating-link-expired");
        problem.GetProperty("detail").GetString()!.ShouldContain("hết hạn");
        (await _ratings.RatingAsync(code)).ShouldBeNull();
    }
}

[Collection(RatingsInSequence.Name)]
public sealed class RatingApiTests_Sqlite(SqliteApp app) : RatingApiTests(app);

[Collection(RatingsInSequence.Name)]
public sealed class RatingApiTests_Postgres(PostgresApp app) : RatingApiTests(app);
