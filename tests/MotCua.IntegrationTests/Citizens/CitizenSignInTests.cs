using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Citizens;

/// <summary>Citizen sign-in through the development OpenID Connect provider, over real HTTP on both sides.</summary>
public abstract class CitizenSignInTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string Minh = "010060001234";

    // Reserved for the forged-token test: nothing else signs in as her, so the forgery cannot hit another test.
    private const string Thu = "036185004321";

    [Fact]
    public async Task A_citizen_signs_in_with_the_provider_and_is_known_by_the_claims_mapped_from_configuration()
    {
        using var client = await App.CitizenClientAsync(Minh);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me", TestContext.Current.CancellationToken);

        me.GetProperty("identifier").GetString().ShouldBe(Minh);
        me.GetProperty("fullName").GetString().ShouldBe("Nguyễn Văn Minh");
        me.GetProperty("birthDate").GetString().ShouldBe("1960-05-14");
        me.GetProperty("phone").GetString().ShouldBe("0912345678");
        me.GetProperty("verifiedWithVneid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Without_signing_in_the_citizen_api_answers_401_as_problem_details_and_pages_send_to_the_sign_in_page()
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var api = await client.GetAsync("/api/v1/citizens/me", TestContext.Current.CancellationToken);
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        api.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");

        using var page = await client.GetAsync("/cong-dan/dang-nhap", TestContext.Current.CancellationToken);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("/cong-dan/dang-nhap/vneid");
    }

    [Fact]
    public async Task A_wrong_password_at_the_provider_signs_no_one_in()
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var answer = await App.SignInCitizenAsync(client, Minh, "wrong-password");

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var me = await client.GetAsync("/api/v1/citizens/me", TestContext.Current.CancellationToken);
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("state")]
    public async Task A_tampered_callback_is_refused_with_a_reason_and_signs_no_one_in(string parameter)
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var answer = await App.SignInCitizenAsync(client, Minh, tamperCallback: callback =>
            new Uri(callback.ToString().Replace(parameter + "=", parameter + "=x", StringComparison.Ordinal)));

        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        answer.Headers.Location!.OriginalString.ShouldBe("/cong-dan/dang-nhap?loi=xac-thuc");
        using var me = await client.GetAsync("/api/v1/citizens/me", TestContext.Current.CancellationToken);
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_id_token_with_a_forged_signature_is_refused()
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        App.DevServices.Identity.TamperNextIdTokenOf = Thu;

        using var answer = await App.SignInCitizenAsync(client, Thu);

        App.DevServices.Identity.TamperNextIdTokenOf.ShouldBeNull("the forged token was issued");
        answer.Headers.Location!.OriginalString.ShouldBe("/cong-dan/dang-nhap?loi=xac-thuc");
        using var me = await client.GetAsync("/api/v1/citizens/me", TestContext.Current.CancellationToken);
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_tampered_session_cookie_is_not_a_session()
    {
        using var signedIn = await App.CitizenClientAsync(Minh);
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/citizens/me");
        request.Headers.Add("Cookie", "MotCua.CongDan=CfDJ8forged" + new string('A', 200));

        using var me = await client.SendAsync(request, TestContext.Current.CancellationToken);

        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_staff_session_is_not_a_citizen_session()
    {
        using var staff = await App.SignedInClientAsync("motcua.tinh@motcua.demo");

        using var me = await staff.GetAsync("/api/v1/citizens/me", TestContext.Current.CancellationToken);

        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class CitizenSignInTests_Sqlite(SqliteApp app) : CitizenSignInTests(app);

public sealed class CitizenSignInTests_Postgres(PostgresApp app) : CitizenSignInTests(app);
