using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Administration.Contracts;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Engagement;

/// <summary>The closed loop: a negative rating reaches the leader of the unit that processed the dossier, and only them.</summary>
public abstract class RatingReviewTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string TransportCode = "000.00.10.H40";
    private readonly RatingDesk _ratings = new(app);

    [Fact]
    public async Task A_dissatisfied_rating_reaches_the_leader_of_the_processing_unit_who_answers_it_for_the_applicant()
    {
        var code = await _ratings.ReturnedDossierAsync();
        await _ratings.RatedAtKioskAsync(code, "Dissatisfied", "Proper", "Phải đi lại ba lần");

        var open = await FindAsync(Leader, code, answered: false);
        open.ShouldNotBeNull();
        open.Value.GetProperty("overall").GetString().ShouldBe("Dissatisfied");
        open.Value.GetProperty("comment").GetString().ShouldBe("Phải đi lại ba lần");
        (await FindAsync(await OtherUnitLeaderAsync(), code, answered: false)).ShouldBeNull();
        // The head of a phòng does not answer for the sở above it.
        (await FindAsync(DepartmentLeader, code, answered: false)).ShouldBeNull();

        using var leader = await App.SignedInClientAsync(Leader);
        var id = open.Value.GetProperty("id").GetGuid();
        using (var empty = await leader.PostAsJsonAsync($"/api/v1/ratings/reviews/{id}/answer", new { findings = " ", actionTaken = "" }, Ct))
        {
            empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
            errors.TryGetProperty("findings", out _).ShouldBeTrue();
            errors.TryGetProperty("actionTaken", out _).ShouldBeTrue();
        }

        using var answered = await leader.PostAsJsonAsync(
            $"/api/v1/ratings/reviews/{id}/answer",
            new { findings = "Hồ sơ phải bổ sung hai lần do hướng dẫn chưa đầy đủ.", actionTaken = "Đã nhắc nhở công chức; bổ sung hướng dẫn tại quầy." },
            Ct);

        answered.StatusCode.ShouldBe(HttpStatusCode.OK, await answered.Content.ReadAsStringAsync(Ct));
        (await FindAsync(Leader, code, answered: false)).ShouldBeNull();
        (await FindAsync(Leader, code, answered: true)).ShouldNotBeNull().GetProperty("answeredBy").GetString().ShouldBe(Leader);
        using (var again = await leader.PostAsJsonAsync($"/api/v1/ratings/reviews/{id}/answer", new { findings = "Lại", actionTaken = "Lại" }, Ct))
        {
            again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }

        var view = await _ratings.RatedAtKioskAsync(code, "Satisfied", "Proper");
        var answer = view.GetProperty("answers").EnumerateArray().ShouldHaveSingleItem();
        answer.GetProperty("actionTaken").GetString().ShouldBe("Đã nhắc nhở công chức; bổ sung hướng dẫn tại quầy.");
        var audit = await _ratings.Desk.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<MotCua.Kernel.Auditing.AuditEntry>(), a => a.Action == "AnswerRatingReview" && a.EntityId == id.ToString() && a.Actor == Leader, Ct));
        audit.ShouldBe(1);
    }

    [Fact]
    public async Task A_complaint_about_attitude_opens_a_review_that_stays_when_the_rating_turns_positive()
    {
        var code = await _ratings.ReturnedDossierAsync();
        await _ratings.RatedAtKioskAsync(code, "Satisfied", "Harassing");

        (await FindAsync(Leader, code, answered: false)).ShouldNotBeNull().GetProperty("nowPositive").GetBoolean().ShouldBeFalse();
        await _ratings.RatedAtKioskAsync(code, "VerySatisfied", "Attentive");

        var review = (await FindAsync(Leader, code, answered: false)).ShouldNotBeNull();
        review.GetProperty("nowPositive").GetBoolean().ShouldBeTrue();
        review.GetProperty("openedAttitude").GetString().ShouldBe("Harassing");
        (await _ratings.ReviewCountAsync(code)).ShouldBe(1);
    }

    [Fact]
    public async Task A_positive_rating_opens_no_review()
    {
        var code = await _ratings.ReturnedDossierAsync();
        await _ratings.RatedAtKioskAsync(code, "VerySatisfied", "Attentive");

        (await _ratings.ReviewCountAsync(code)).ShouldBe(0);
    }

    [Fact]
    public async Task The_review_list_pages_by_keyset_and_refuses_a_bad_cursor()
    {
        var first = await _ratings.ReturnedDossierAsync();
        var second = await _ratings.ReturnedDossierAsync();
        await _ratings.RatedAtKioskAsync(first, "Dissatisfied", "Proper");
        await _ratings.RatedAtKioskAsync(second, "Dissatisfied", "Proper");
        using var leader = await App.SignedInClientAsync(Leader);

        var seen = new List<string>();
        string? next = null;
        do
        {
            var page = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/ratings/reviews?limit=1{(next is null ? "" : "&after=" + next)}", Ct);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("dossierCode").GetString()!));
            next = page.GetProperty("next").GetString();
        }
        while (next is not null);

        seen.ShouldContain(first);
        seen.ShouldContain(second);
        seen.Count.ShouldBe(seen.Distinct().Count());
        using var bad = await leader.GetAsync("/api/v1/ratings/reviews?after=%%%", Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var officer = await App.SignedInClientAsync(Officer);
        using var notALeader = await officer.GetAsync("/api/v1/ratings/reviews", Ct);
        notALeader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_summary_counts_the_three_levels_and_attitude_complaints_of_the_units_in_scope()
    {
        var codes = new[] { await _ratings.ReturnedDossierAsync(), await _ratings.ReturnedDossierAsync(), await _ratings.ReturnedDossierAsync() };
        using var leader = await App.SignedInClientAsync(Leader);
        var before = await SummaryAsync(leader);
        await _ratings.RatedAtKioskAsync(codes[0], "VerySatisfied", "Attentive");
        await _ratings.RatedAtKioskAsync(codes[1], "Satisfied", "Harassing");
        await _ratings.RatedAtKioskAsync(codes[2], "Dissatisfied", "Proper");

        var after = await SummaryAsync(leader);

        after.Total.ShouldBe(before.Total + 3);
        after.VerySatisfied.ShouldBe(before.VerySatisfied + 1);
        after.Satisfied.ShouldBe(before.Satisfied + 1);
        after.Dissatisfied.ShouldBe(before.Dissatisfied + 1);
        after.Complaints.ShouldBe(before.Complaints + 1);
        using var otherLeader = await App.SignedInClientAsync(await OtherUnitLeaderAsync());
        var other = await otherLeader.GetFromJsonAsync<JsonElement>("/api/v1/ratings/summary", Ct);
        other.GetProperty("units").EnumerateArray().ShouldNotContain(u => u.GetProperty("unitName").GetString() == "Sở Tư pháp");
    }

    private static async Task<(int Total, int VerySatisfied, int Satisfied, int Dissatisfied, int Complaints)> SummaryAsync(HttpClient client)
    {
        var summary = await client.GetFromJsonAsync<JsonElement>("/api/v1/ratings/summary", Ct);
        var unit = summary.GetProperty("units").EnumerateArray().SingleOrDefault(u => u.GetProperty("unitName").GetString() == "Sở Tư pháp");
        return unit.ValueKind == JsonValueKind.Undefined
            ? (0, 0, 0, 0, 0)
            : (unit.GetProperty("total").GetInt32(), unit.GetProperty("verySatisfied").GetInt32(), unit.GetProperty("satisfied").GetInt32(),
                unit.GetProperty("dissatisfied").GetInt32(), unit.GetProperty("attitudeComplaints").GetInt32());
    }

    private async Task<JsonElement?> FindAsync(string email, string code, bool answered)
    {
        using var client = await App.SignedInClientAsync(email);
        string? next = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/ratings/reviews?answered={answered}&limit=100{(next is null ? "" : "&after=" + next)}", Ct);
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("dossierCode").GetString() == code)
                {
                    return item;
                }
            }

            next = page.GetProperty("next").GetString();
        }
        while (next is not null);
        return null;
    }

    /// <summary>The director of Sở Giao thông vận tải: a leader, of another unit.</summary>
    private async Task<string> OtherUnitLeaderAsync()
    {
        var email = $"giamdoc.gtvt.{Guid.NewGuid():N}@motcua.demo";
        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        using var response = await admin.PostAsJsonAsync(
            "/api/v1/staff",
            new { fullName = "Giám đốc Sở Giao thông vận tải", email, unitCode = TransportCode, role = StaffRoles.AgencyLeader, password = MotCuaApp.DemoPassword },
            Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return email;
    }
}

[Collection(RatingsInSequence.Name)]
public sealed class RatingReviewTests_Sqlite(SqliteApp app) : RatingReviewTests(app);

[Collection(RatingsInSequence.Name)]
public sealed class RatingReviewTests_Postgres(PostgresApp app) : RatingReviewTests(app);
