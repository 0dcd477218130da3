using System.Text.Json;
using System.Text.Json.Nodes;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Host;

/// <summary>
/// The committed OpenAPI document (docs/api/openapi.v1.json) is the API's contract: a change to the API that
/// is not reflected there fails here. Regenerate with <c>MOTCUA_UPDATE_OPENAPI=1 dotnet test</c> and review the diff.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteApp app)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_served_document_matches_the_committed_one()
    {
        using var client = app.CreateClient();
        var served = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var servedText = served.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(RepositoryRoot(), "docs", "api", "openapi.v1.json");

        if (Environment.GetEnvironmentVariable("MOTCUA_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, servedText, TestContext.Current.CancellationToken);
        }

        File.Exists(path).ShouldBeTrue("docs/api/openapi.v1.json is missing: run MOTCUA_UPDATE_OPENAPI=1 dotnet test");
        var committed = (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        servedText.ShouldBe(committed, "The API changed: run MOTCUA_UPDATE_OPENAPI=1 dotnet test and commit docs/api/openapi.v1.json");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MotCua.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
