using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MotCua.TestSupport;

/// <summary>
/// The real application over real HTTP, on a fresh database with the demo data loaded, and a fake clock
/// set to a working Monday morning in Vietnam.
/// </summary>
public class MotCuaApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "MotCua@2026";

    /// <summary>Monday 2 March 2026, 09:00 in Hà Nội time.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly Func<Task<TestDatabase?>> _createDatabase;
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("motcua-files-").FullName;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.OrdinalIgnoreCase);
    private TestDatabase? _database;
    private DevServices.DevServices? _devServices;

    private readonly bool _kestrel;

    protected MotCuaApp(Func<Task<TestDatabase?>> createDatabase, bool kestrel = false)
    {
        _createDatabase = createDatabase;
        _kestrel = kestrel;
    }

    /// <summary>Root URL of the app; a real socket on 127.0.0.1 when started for a browser.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    public bool IsAvailable => _database is not null;

    /// <summary>The fakes of the national systems this app talks to (its own instance, on a free port).</summary>
    public DevServices.DevServices DevServices => _devServices ?? throw new InvalidOperationException("The app is not started.");

    public string Provider => _database?.Provider ?? "none";

    /// <summary>Skips the calling test, with the reason shown, when this app's database is not available here.</summary>
    public void SkipIfUnavailable()
    {
        if (_database is null && Environment.GetEnvironmentVariable("MOTCUA_REQUIRE_POSTGRES") == "1")
        {
            Assert.Fail($"PostgreSQL is required here (MOTCUA_REQUIRE_POSTGRES=1) but {TestDatabase.PostgresVariable} is not set.");
        }

        if (_database is null)
        {
            Assert.Skip($"skipped: no PostgreSQL (set {TestDatabase.PostgresVariable} to a server connection string)");
        }
    }

    public async ValueTask InitializeAsync()
    {
        _database = await _createDatabase();
        if (_database is null)
        {
            return;
        }

        _devServices = await MotCua.DevServices.DevServices.StartAsync();

        // Starting the host here runs migrations and demo data loading once, not inside the first test.
        if (_kestrel)
        {
            UseKestrel(0);
            StartServer();
        }
        else
        {
            _ = Server;
        }

        await DevServices.Identity.AllowAppAsync(BaseAddress);
    }

    /// <summary>
    /// A client carrying a bearer token of the given staff account. Tokens are issued once per account and app:
    /// parallel sign-ins of one account race on Identity's concurrency stamp, which is not what tests are about.
    /// </summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password = DemoPassword)
    {
        var token = await _tokens.GetOrAdd(email, _ => new Lazy<Task<string>>(() => IssueTokenAsync(email, password))).Value;
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A client carrying the cookie of a demo citizen, obtained through the real OpenID Connect flow against the
    /// development identity provider (authorize, provider sign-in, code exchange). Redirects are not followed, so tests
    /// see them.
    /// </summary>
    public async Task<HttpClient> CitizenClientAsync(string citizenId, string password = DemoPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var done = await SignInCitizenAsync(client, citizenId, password);
        if (done.StatusCode != HttpStatusCode.Redirect || done.Headers.Location?.OriginalString != "/cong-dan")
        {
            throw new InvalidOperationException($"Citizen sign-in of {citizenId} ended with {(int)done.StatusCode} {done.Headers.Location}.");
        }

        return client;
    }

    /// <summary>
    /// Runs the sign-in of a citizen for <paramref name="client"/> (which must not follow redirects) and returns the app's
    /// answer to the provider's callback; <paramref name="tamperCallback"/> may alter the callback URL on its way back.
    /// </summary>
    public async Task<HttpResponseMessage> SignInCitizenAsync(HttpClient client, string citizenId, string password = DemoPassword, Func<Uri, Uri>? tamperCallback = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var start = await client.GetAsync("/cong-dan/dang-nhap/vneid?returnUrl=%2Fcong-dan");
        var authorize = start.Headers.Location ?? throw new InvalidOperationException($"No challenge: {(int)start.StatusCode}.");
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var provider = new HttpClient(handler) { BaseAddress = DevServices.BaseAddress };
        using var toLogin = await provider.GetAsync(authorize);
        var login = new Uri(DevServices.BaseAddress, toLogin.Headers.Location!);
        var returnUrl = System.Web.HttpUtility.ParseQueryString(login.Query)["returnUrl"]!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = returnUrl,
            ["identifier"] = citizenId,
            ["password"] = password,
        });
        using var signedIn = await provider.PostAsync("oidc/login", form);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            return new HttpResponseMessage(signedIn.StatusCode);
        }

        using var authorized = await provider.GetAsync(signedIn.Headers.Location!);
        var callback = authorized.Headers.Location ?? throw new InvalidOperationException($"The provider did not redirect back: {(int)authorized.StatusCode}.");
        callback = tamperCallback?.Invoke(callback) ?? callback;
        return await client.GetAsync(callback.PathAndQuery);
    }

    private async Task<string> IssueTokenAsync(string email, string password)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return token!.AccessToken;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var database = _database ?? throw new InvalidOperationException("Database not available.");
        builder.UseEnvironment("Testing");
        builder.UseSetting("MOTCUA_DATABASE", database.Provider);
        builder.UseSetting("ConnectionStrings:MotCua", database.ConnectionString);
        builder.UseSetting("MOTCUA_DATA", _dataDirectory);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("DevServices:Enabled", "false");
        foreach (var (key, value) in DevServices.Settings())
        {
            builder.UseSetting(key, value);
        }

        // Every test shares one client address; the limits themselves are tested with an app of their own.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicApiPerMinute", "100000");
        ConfigureApp(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Extra settings for a test app of its own (applied after the defaults, so they win).</summary>
    protected virtual void ConfigureApp(IWebHostBuilder builder)
    {
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_devServices is not null)
        {
            await _devServices.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }

    private sealed record TokenResponse(string AccessToken);
}

public sealed class SqliteApp() : MotCuaApp(async () => await Task.FromResult<TestDatabase?>(new SqliteTestDatabase()));

/// <summary>SQLite app on a real loopback socket, for Chromium.</summary>
public sealed class BrowserApp() : MotCuaApp(async () => await Task.FromResult<TestDatabase?>(new SqliteTestDatabase()), kestrel: true);

public sealed class PostgresApp() : MotCuaApp(async () =>
    TestDatabase.PostgresServer is { } server ? await PostgresTestDatabase.CreateAsync(server) : null);
