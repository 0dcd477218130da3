using System.Net;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Host;

public abstract class HealthTests(MotCuaApp app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_app_reports_healthy(string path)
    {
        using var client = App.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_home_page_is_in_vietnamese_by_default_and_english_on_request()
    {
        using var client = App.CreateClient();
        var vi = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        vi.ShouldContain("<html lang=\"vi\">");
        vi.ShouldContain("Thủ tục hành chính");

        var en = await client.GetStringAsync("/?culture=en-US", TestContext.Current.CancellationToken);
        en.ShouldContain("<html lang=\"en\">");
        en.ShouldContain("Procedures");
    }
}

public sealed class HealthTests_Sqlite(SqliteApp app) : HealthTests(app);

public sealed class HealthTests_Postgres(PostgresApp app) : HealthTests(app);
