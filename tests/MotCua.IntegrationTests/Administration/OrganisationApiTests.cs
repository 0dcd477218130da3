using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Administration;

public abstract class OrganisationApiTests(MotCuaApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_unit_tree_is_public_and_pages_through_every_unit_exactly_once()
    {
        using var client = App.CreateClient();
        var seen = new List<string>();
        string? after = null;
        do
        {
            var url = "/api/v1/organisation/units?limit=5" + (after is null ? "" : "&after=" + after);
            var page = await client.GetFromJsonAsync<JsonElement>(url, TestContext.Current.CancellationToken);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            items.Count.ShouldBeLessThanOrEqualTo(5);
            seen.AddRange(items.Select(i => i.GetProperty("path").GetString()!));
            after = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (after is not null);

        // Other tests add units to the shared application, so the demo province is a floor, not the total.
        seen.Count.ShouldBeGreaterThanOrEqualTo(17);
        seen.ShouldContain("/000.00.00.H40/000.00.53.H40/000.21.53.H40/");
        seen.ShouldBeUnique();
        seen.ShouldBe(seen.Order(StringComparer.Ordinal).ToList());
        seen[0].ShouldBe("/000.00.00.H40/");
    }

    [Fact]
    public async Task Units_carry_their_one_stop_desks_and_no_personal_data()
    {
        using var client = App.CreateClient();
        var body = await client.GetStringAsync("/api/v1/organisation/units?limit=100", TestContext.Current.CancellationToken);

        body.ShouldContain("Trung tâm Phục vụ hành chính công tỉnh Lào Cai");
        body.ShouldContain("\"kind\":\"BorderGateStation\"");
        body.ShouldNotContain("@motcua.demo");
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1000", "limit")]
    [InlineData("?after=%25%25%25", "after")]
    public async Task Bad_paging_parameters_are_refused_with_a_vietnamese_problem(string query, string field)
    {
        using var client = App.CreateClient();
        using var response = await client.GetAsync("/api/v1/organisation/units" + query, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("title").GetString().ShouldBe("Dữ liệu không hợp lệ");
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_wrong_password_gets_401_and_a_right_one_a_bearer_token()
    {
        using var client = App.CreateClient();
        using var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "kiemsoat@motcua.demo", password = "sai-mat-khau" }, TestContext.Current.CancellationToken);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("không đúng");

        using var signedIn = await App.SignedInClientAsync("kiemsoat@motcua.demo");
        signedIn.DefaultRequestHeaders.Authorization.ShouldNotBeNull();
    }
}

public sealed class OrganisationApiTests_Sqlite(SqliteApp app) : OrganisationApiTests(app);

public sealed class OrganisationApiTests_Postgres(PostgresApp app) : OrganisationApiTests(app);
