using System.Net;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

public sealed partial class PreviewServerTests : IAsyncLifetime
{
    private const string Article = "input/articles/2026/older-news.md";
    private const string ArticleUrl = "/articles/older-news/";
    private PreviewHost _host = null!;

    public async Task InitializeAsync()
    {
        // A secret next to the site and links to it inside input/: neither may ever be served.
        _host = await PreviewHost.StartAsync(root =>
        {
            File.WriteAllText(root + "-secret.txt", "secret");
            Directory.CreateDirectory(Path.Combine(root, "input", "assets"));
            File.CreateSymbolicLink(Path.Combine(root, "input", "assets", "leak.txt"), root + "-secret.txt");
            File.CreateSymbolicLink(Path.Combine(root, "input", "assets", "leak.png"), root + "-secret.txt");
        });
    }

    public async Task DisposeAsync()
    {
        File.Delete(_host.Root + "-secret.txt");
        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData("/../statiq.json")]
    [InlineData("/%2e%2e/statiq.json")]
    [InlineData("/%252e%252e/statiq.json")]
    [InlineData("/articles/..%2f..%2fstatiq.json")]
    [InlineData("/articles/%2e%2e/%2e%2e/statiq.json")]
    [InlineData("/..%5cstatiq.json")]
    [InlineData("/articles\\older-news\\index.html")]
    [InlineData("/statiq.json")]
    [InlineData("/input/articles/2026/older-news.md")]
    [InlineData("/assets/leak.txt")]
    [InlineData("/assets/leak.png")]
    public async Task Should_Never_Serve_Anything_But_Built_Files(string path)
    {
        var (status, text) = await _host.RawGetAsync(path);

        status.ShouldBeOneOf(400, 404);
        text.ShouldNotContain("secret");
        text.ShouldNotContain("SiteTitle");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Should_Allow_Only_Get_And_Head(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(ArticleUrl, UriKind.Relative));
        using var response = await _host.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["GET", "HEAD"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Answer_Head_Without_A_Body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(ArticleUrl, UriKind.Relative));
        using var response = await _host.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Map_Extensionless_Paths_To_Index_Html()
    {
        // Given an extensionless path, the server redirects to the folder (so relative links work as on a static host)
        using var redirect = await _host.Client.GetAsync(new Uri("/articles/older-news", UriKind.Relative));
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.OriginalString.ShouldBe(ArticleUrl);

        // and the folder serves its index.html
        using var page = await _host.Client.GetAsync(new Uri(ArticleUrl, UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        (await page.Content.ReadAsStringAsync()).ShouldContain("An older story");
    }

    [Theory]
    [InlineData(ArticleUrl)]
    [InlineData("/robots.txt")]
    [InlineData("/_rarenews/preview.js")]
    [InlineData("/no-such-page/")]
    public async Task Should_Forbid_Caching(string path)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Add_The_Reload_Script_And_Panel_To_Html_Only()
    {
        var html = await _host.GetStringAsync(ArticleUrl);
        var text = await _host.GetStringAsync("/robots.txt");

        html.ShouldContain("/_rarenews/preview.js");
        html.ShouldContain("id=\"rarenews-panel\"");
        html.ShouldContain(Article);
        text.ShouldNotContain("_rarenews");
    }

    [Fact]
    public async Task Should_Send_One_Reload_Only_After_The_Rebuild_Finished()
    {
        // Given a page listening for reloads
        await using var events = await ReloadEvents.OpenAsync(_host);

        // When its source is saved
        await File.AppendAllTextAsync(_host.PathOf(Article), "\nA sentence added in the editor.\n");

        // Then one reload comes, and by then the server already serves the new page
        (await events.NextAsync(TimeSpan.FromSeconds(15))).ShouldBe("reload");
        (await _host.GetStringAsync(ArticleUrl)).ShouldContain("A sentence added in the editor.");
        (await events.NextAsync(TimeSpan.FromMilliseconds(700))).ShouldBeNull();
    }

    [Fact]
    public async Task Should_Show_The_Overlay_With_Path_Line_And_Column_Until_The_File_Is_Fixed()
    {
        await using var events = await ReloadEvents.OpenAsync(_host);
        var good = await File.ReadAllTextAsync(_host.PathOf(Article));

        // When the front matter gets an impossible date
        await File.WriteAllTextAsync(_host.PathOf(Article), good.Replace("date: 2025-05-02", "date: 2025-13-45", StringComparison.Ordinal));
        (await events.NextAsync(TimeSpan.FromSeconds(15))).ShouldBe("reload");

        // Then every page shows the diagnostic over the last good page
        var broken = await _host.GetStringAsync(ArticleUrl);
        broken.ShouldContain("id=\"rarenews-overlay\"");
        broken.ShouldContain("An older story");
        DiagnosticLine().Match(broken).Value.ShouldStartWith(Article + ":3:7: error RN0102");
        _host.Session.State.Failed.ShouldBeTrue();

        // When it is fixed, the overlay goes
        await File.WriteAllTextAsync(_host.PathOf(Article), good);
        (await events.NextAsync(TimeSpan.FromSeconds(15))).ShouldBe("reload");
        (await _host.GetStringAsync(ArticleUrl)).ShouldNotContain("rarenews-overlay");
    }

    [GeneratedRegex(@"input/[\w/.-]+\.md:\d+:\d+: error RN\d{4}")]
    private static partial Regex DiagnosticLine();
}
