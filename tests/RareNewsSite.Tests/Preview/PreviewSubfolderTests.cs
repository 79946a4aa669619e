using System.Net;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

/// <summary>A site built for a subfolder (LinkRoot "/news/") is previewed where its links point.</summary>
public sealed class PreviewSubfolderTests : IAsyncLifetime
{
    private PreviewHost _host = null!;

    public async Task InitializeAsync() => _host = await PreviewHost.StartAsync(linkRoot: "/news/");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Should_Serve_The_Site_Under_Its_Link_Root_And_Follow_Its_Own_Links()
    {
        // Given the home page under /news/
        var home = await _host.GetStringAsync("/news/");

        // Then its links point under /news/ and lead to pages that are served
        var link = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/news/articles/[a-z0-9-]+/)\"");
        link.Success.ShouldBeTrue();
        (await _host.GetStringAsync(link.Groups[1].Value)).ShouldContain("<h1");
        (await _host.GetStringAsync("/news/articles/older-news/")).ShouldContain("<h1");
        var (status, text) = await _host.RawGetAsync("/news/articles/older-news");
        status.ShouldBe(302);
        text.ShouldContain("Location: /news/articles/older-news/");
    }

    [Fact]
    public async Task Should_Send_The_Bare_Root_To_The_Link_Root_And_Refuse_Paths_Outside_It()
    {
        using var root = await _host.Client.GetAsync(new Uri("/", UriKind.Relative));
        root.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        root.Headers.Location!.OriginalString.ShouldBe("/news/");

        (await _host.RawGetAsync("/articles/older-news/")).Status.ShouldBe(404);
        (await _host.RawGetAsync("/../news/statiq.json")).Status.ShouldBeOneOf(400, 404);
    }
}
