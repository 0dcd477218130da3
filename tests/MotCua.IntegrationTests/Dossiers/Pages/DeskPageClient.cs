using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.TestSupport;

namespace MotCua.IntegrationTests.Dossiers.Pages;

/// <summary>Drives the desk pages like a browser without scripts: GET the form, keep its antiforgery token, POST it.</summary>
internal sealed class DeskPageClient(HttpClient client)
{
    public const string Procedure = "1.001234";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly HtmlParser Parser = new();

    public HttpClient Http => client;

    /// <summary>A client with the account's bearer token that does not follow redirects (they would drop the token).</summary>
    public static async Task<DeskPageClient> SignInAsync(MotCuaApp app, string email)
    {
        using var signedIn = await app.SignedInClientAsync(email);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return new DeskPageClient(client);
    }

    /// <summary>Follows the redirect a successful post answers with, keeping the token.</summary>
    public async Task<IHtmlDocument> FollowAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await GetAsync(response.Headers.Location!.ToString());
    }

    public async Task<IHtmlDocument> GetAsync(string path) =>
        await Parser.ParseDocumentAsync(await client.GetStringAsync(path, Ct));

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(string path, MultipartFormDataContent form, string tokenFrom)
    {
        var page = await GetAsync(tokenFrom);
        form.Add(new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        var response = await client.PostAsync(path, form, Ct);
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct)));
    }

    /// <summary>The intake form for 1.001234 filled as a desk officer would, before the test spoils one field.</summary>
    public static MultipartFormDataContent Intake(string name, string identifier, bool requiredComponents = true)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("Person"), "Form.ApplicantKind" },
            { new StringContent(name), "Form.Name" },
            { new StringContent(identifier), "Form.Identifier" },
            { new StringContent("Số 5 đường Hoàng Liên, phường Cốc Lếu"), "Form.Address" },
            { new StringContent("0912345678"), "Form.Phone" },
        };
        for (var i = 0; i < 4; i++)
        {
            form.Add(new StringContent((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), $"Form.Components[{i}].Number");
            form.Add(new StringContent(i == 0 ? "1" : "0"), $"Form.Components[{i}].Originals");
            form.Add(new StringContent(i == 1 ? "1" : "0"), $"Form.Components[{i}].Copies");
            if (requiredComponents && i < 2)
            {
                form.Add(new StringContent("true"), $"Form.Components[{i}].Received");
            }
        }

        return form;
    }

    /// <summary>A dossier received and accepted through the API, for the pages that show one.</summary>
    public static async Task<string> ReceiveAsync(MotCuaApp app, string name, string phone = "0912345678", bool accept = true)
    {
        using var desk = await app.SignedInClientAsync("motcua.tinh@motcua.demo");
        var request = new
        {
            procedureCode = Procedure,
            channel = "Direct",
            applicant = new { kind = "Person", name, identifier = "001190012345", address = "Phường Cốc Lếu", phone },
            components = new[] { new { number = 1, originals = 1, copies = 0 }, new { number = 2, originals = 0, copies = 1 } },
            accept,
        };
        using var response = await desk.PostAsJsonAsync("/api/v1/dossiers", request, Json, Ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonNode>(Ct);
        return body!["code"]!.GetValue<string>();
    }

    /// <summary>Posts a page's own form: the token comes from the same page.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = new MultipartFormDataContent();
        var page = await GetAsync(path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hidden in page.QuerySelectorAll("main form[method=post] input[type=hidden]"))
        {
            var name = hidden.GetAttribute("name");
            if (name is not null && fields.All(f => f.Key != name) && seen.Add(name))
            {
                form.Add(new StringContent(hidden.GetAttribute("value") ?? string.Empty), name);
            }
        }

        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        var response = await client.PostAsync(path, form, Ct);
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct)));
    }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;
}
