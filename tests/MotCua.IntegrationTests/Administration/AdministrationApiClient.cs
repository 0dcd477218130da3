using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace MotCua.IntegrationTests.Administration;

/// <summary>Unique data for one test, so tests sharing the application never see each other's rows.</summary>
internal sealed class TestTag
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
    private int _next = 9;

    /// <summary>A code shaped like a QCVN 102 identifier, unique to this test (and distinct from its other codes).</summary>
    public string Code(string suffix = "H40") => $"{_tag}.{Interlocked.Increment(ref _next)}.{suffix}";

    public string Text(string text) => $"{text} {_tag}";

    public string Email(string local) => $"{local}.{_tag.ToLowerInvariant()}@motcua.test";

    public override string ToString() => _tag;
}

internal static class ProblemAssertions
{
    public static async Task<JsonElement> ShouldBeValidationProblemAsync(this HttpResponseMessage response, string field)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().ShouldBe("Dữ liệu không hợp lệ");
        problem.GetProperty("errors").TryGetProperty(field, out var messages).ShouldBeTrue($"no error for '{field}' in {problem}");
        messages[0].GetString().ShouldNotBeNullOrWhiteSpace();
        return messages;
    }
}
