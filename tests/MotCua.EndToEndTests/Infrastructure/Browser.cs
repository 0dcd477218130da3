using Microsoft.Playwright;
using MotCua.TestSupport;

[assembly: AssemblyFixture(typeof(MotCua.EndToEndTests.Infrastructure.Browser))]

namespace MotCua.EndToEndTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright against the app on a loopback socket. Journeys skip, saying so, where
/// Chromium is not installed, and fail instead when MOTCUA_REQUIRE_CHROMIUM=1 (CI).
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserApp App { get; } = new();

    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        await App.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh browser context (no cookies) on a desk officer's 1366×768 screen, or a phone.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        if (_browser is null)
        {
            if (Environment.GetEnvironmentVariable("MOTCUA_REQUIRE_CHROMIUM") == "1")
            {
                Assert.Fail($"Chromium is required here (MOTCUA_REQUIRE_CHROMIUM=1) but {ChromiumPath} is missing.");
            }

            Assert.Skip($"skipped: no Chromium at {ChromiumPath} (apt-get install chromium)");
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 768 },
            IsMobile = phone,
        });
        // A wait limit, not a speed check: on a 2-core CI machine the test assemblies run side by side, and a first
        // request can wait for the server's warm-up behind them.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        // Journeys go on once the document is parsed; the picture waits for styles and charts, as long as a loaded runner allows.
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MotCua.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
