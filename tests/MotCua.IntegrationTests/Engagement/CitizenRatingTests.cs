using System.Net;
using System.Net.Http.Json;
using MotCua.Engagement.Features.Satisfaction;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Engagement;

/// <summary>The portal: the signed-in applicant rates their own returned dossier; anyone else gets a 404 and changes nothing.</summary>
public abstract class CitizenRatingTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Applicant = "010060001234";
    private const string SomeoneElse = "010167009153";
    private readonly RatingDesk _ratings = new(app);

    [Fact]
    public async Task The_applicant_rates_their_returned_dossier_on_the_portal_and_someone_else_cannot()
    {
        var code = await _ratings.ReturnedDossierAsync(Applicant);
        using var other = await App.CitizenClientAsync(SomeoneElse);
        using var refused = await other.PutAsJsonAsync($"/api/v1/citizen/dossiers/{code}/rating", new { overall = "Dissatisfied", attitude = "Harassing" }, Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _ratings.RatingAsync(code)).ShouldBeNull();

        using var applicant = await App.CitizenClientAsync(Applicant);
        using var rated = await applicant.PutAsJsonAsync($"/api/v1/citizen/dossiers/{code}/rating", new { overall = "VerySatisfied", attitude = "Attentive" }, Ct);

        rated.StatusCode.ShouldBe(HttpStatusCode.OK, await rated.Content.ReadAsStringAsync(Ct));
        var rating = (await _ratings.RatingAsync(code)).ShouldNotBeNull();
        rating.Channel.ShouldBe(RatingChannel.Portal);
        rating.RatedBy.ShouldBe(Applicant);
        using var page = await other.GetAsync($"/cong-dan/ho-so/{code}/danh-gia", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var own = await applicant.GetAsync($"/cong-dan/ho-so/{code}/danh-gia", Ct);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(RatingsInSequence.Name)]
public sealed class CitizenRatingTests_Sqlite(SqliteApp app) : CitizenRatingTests(app);

[Collection(RatingsInSequence.Name)]
public sealed class CitizenRatingTests_Postgres(PostgresApp app) : CitizenRatingTests(app);
