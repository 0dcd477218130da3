using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Host;

/// <summary>An app with tiny limits, so the limiter itself can be observed.</summary>
public sealed class RateLimitedApp() : MotCuaApp(async () => await Task.FromResult<TestDatabase?>(new SqliteTestDatabase()))
{
    protected override void ConfigureApp(IWebHostBuilder builder)
    {
        builder.UseSetting("RateLimits:SignInPerMinute", "3");
        builder.UseSetting("RateLimits:PublicApiPerMinute", "5");
    }
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Repeated_sign_in_attempts_from_one_address_are_slowed_down_with_a_vietnamese_problem()
    {
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = $"khong-ton-tai-{i}@motcua.demo", password = "x" }, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter.ShouldNotBeNull();
                (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Quá nhiều yêu cầu");
            }
        }

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task Anonymous_api_reads_are_limited_per_address_but_pages_are_not()
    {
        using var client = app.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync("/api/v1/organisation/units?limit=1", TestContext.Current.CancellationToken);
            codes.Add(response.StatusCode);
        }

        codes.Count(c => c == HttpStatusCode.OK).ShouldBe(5);
        codes[^1].ShouldBe(HttpStatusCode.TooManyRequests);
        using var home = await client.GetAsync("/", TestContext.Current.CancellationToken);
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
