using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Preview;
using RareNewsSite.Site;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// The preview server over a temp copy of the example site (statiq.json, input/, theme/), watching it as
/// <c>rarenews preview</c> does, and one browser: tests edit the copy and watch the open page follow.
/// </summary>
public sealed class PreviewFixture : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private PreviewSession? _session;
    private PreviewLoop? _loop;
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The temp copy of the site.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "rarenews-preview-" + Guid.NewGuid().ToString("N"));

    /// <summary>The preview's origin.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            if (Chromium.IsCi)
            {
                throw new InvalidOperationException(Chromium.MissingMessage);
            }
            return;
        }
        RepositoryRoot.CopyExampleSite(Root);
        var request = new BuildRequest { Options = new BuildOptions { IncludeDrafts = true, IncludeFuture = true } };
        _session = new PreviewSession(new PhysicalFileSystem(Root), request);
        await _session.RebuildAsync(null);
        await _session.Remembered; // so that no build of the start-up runs into a test's edits
        var server = new PreviewServer(_session, "127.0.0.1", StaticFileServer.FreePort());
        _app = server.Build();
        await _app.StartAsync();
        BaseUrl = server.Address.ToString().TrimEnd('/');
        _loop = new PreviewLoop(Root, TimeSpan.FromMilliseconds(50), (changes, token) => _session.RebuildAsync(changes, token), _stop.Token);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A site file's full path in the copy.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Opens <paramref name="path"/> in a fresh context.</summary>
    public async Task<PageSession> OpenAsync(string path)
    {
        var browser = _browser ?? throw new InvalidOperationException(Chromium.MissingMessage);
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(BaseUrl + path);
        return new PageSession(context, page, response?.Status ?? 0);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _loop?.Dispose();
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _session?.Dispose();
        _stop.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
