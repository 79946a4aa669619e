using Microsoft.Playwright;
using RareNewsSite.Building;
using RareNewsSite.Site;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// One build of the example site, one local server and one browser for the whole collection: building and
/// launching are the slow parts, pages and contexts are cheap.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private string? _output;
    private StaticFileServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The site's origin, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <summary>The folder the example site was built into.</summary>
    public string OutputFolder => _output ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            // Outside CI the tests are already marked skipped; under CI every test fails with this message.
            if (Chromium.IsCi)
            {
                throw new InvalidOperationException(Chromium.MissingMessage);
            }
            return;
        }
        _output = Path.Combine(Path.GetTempPath(), "rarenews-browser-" + Guid.NewGuid().ToString("N"));
        var result = await SiteBuilder.BuildToFolderAsync(RepositoryRoot.Find(), _output, new BuildRequest());
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The example site did not build:\n" + string.Join('\n', result.Diagnostics));
        }
        _server = StaticFileServer.Start(_output);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>Opens <paramref name="path"/> in a fresh context (own colour scheme, viewport, JavaScript setting).</summary>
    public async Task<PageSession> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        var browser = _browser ?? throw new InvalidOperationException(Chromium.MissingMessage);
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(BaseUrl + path);
        return new PageSession(context, page, response?.Status ?? 0);
    }

    /// <summary>Opens <paramref name="url"/> (on any local server, such as a second site's) in a fresh context.</summary>
    public async Task<PageSession> OpenUrlAsync(string url)
    {
        var browser = _browser ?? throw new InvalidOperationException(Chromium.MissingMessage);
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(url);
        return new PageSession(context, page, response?.Status ?? 0);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        _server?.Dispose();
        if (_output is not null && Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
