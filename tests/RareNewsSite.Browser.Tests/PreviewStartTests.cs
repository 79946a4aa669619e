using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Preview;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// The preview's start in a real browser: the first build remembers nothing, so an article page opened before the build
/// behind it has finished comes without its editor panel, and shows the panel by itself once that build is done.
/// </summary>
public sealed class PreviewStartTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rarenews-preview-start-" + Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        RepositoryRoot.CopyExampleSite(_root);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [BrowserFact]
    public async Task Should_Show_The_Editor_Panel_Of_An_Article_Opened_During_The_Background_Build_Once_It_Ends()
    {
        // Given: a browser, and a preview whose server is listening before its first build, as `rarenews preview` starts
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        var request = new BuildRequest { Options = new BuildOptions { IncludeDrafts = true, IncludeFuture = true } };
        using var session = new PreviewSession(new PhysicalFileSystem(_root), request);
        var served = new TaskCompletionSource();
        session.BeforeRemembering = () => served.Task; // the build behind the first one waits until the page is served
        var server = new PreviewServer(session, "127.0.0.1", StaticFileServer.FreePort());
        await using var app = server.Build();
        await app.StartAsync();

        // When: an article page is opened while the first build runs (it is answered as soon as that build has made it,
        // before the build behind it starts)
        var page = await browser.NewPageAsync();
        var loads = 0;
        page.Load += (_, _) => Interlocked.Increment(ref loads);
        var asked = page.WaitForRequestAsync(r => r.Url.Contains("/articles/", StringComparison.Ordinal));
        var opening = page.GotoAsync(server.Address + "articles/fabry-disease-diagnosis-delays/");
        await asked;
        var first = await session.RebuildAsync(null);
        first.Result.Succeeded.ShouldBeTrue(string.Join('\n', first.Result.Diagnostics));
        await opening;
        served.SetResult();

        // Then: the page reloads by itself once the panel can be measured, and shows it (served at once, it had none)
        await Assertions.Expect(page.Locator("#rarenews-panel")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        for (var waited = 0; Volatile.Read(ref loads) < 2 && waited < 100; waited++)
        {
            await Task.Delay(100); // the load event of the reloaded page may come after its panel is drawn
        }
        Volatile.Read(ref loads).ShouldBe(2);
        await session.Remembered;
        await app.StopAsync();
    }
}
