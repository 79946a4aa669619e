using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.Preview;
using RareNewsSite.Site;
using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Publishing;

/// <summary>
/// The fixture site is built with <c>LinkRoot = /news/</c>, served only under <c>/news/</c> by a local
/// server, and crawled from its home page: every link, asset, anchor, feed and sitemap entry must resolve.
/// </summary>
public sealed partial class SubpathHostingTests
{
    [Fact]
    public async Task Should_Have_No_Broken_Links_When_Served_Under_A_Subpath()
    {
        // Given
        using var site = new TempSite("basic");
        var result = await SiteBuilder.BuildToFolderAsync(site.Root, "output", new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        var server = new StaticSiteServer(site.PathOf("output"), "127.0.0.1", FreePort.Next(), "/news/");
        await using var app = server.Build();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };

        // When: crawl every page reachable from the home page, plus the sitemap's and feeds' URLs
        var broken = new List<string>();
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        // robots.txt names the sitemap, which nothing else links to; start there too.
        var robots = await client.GetStringAsync(new Uri("/news/robots.txt", UriKind.Relative));
        var sitemap = new Uri(robots.Split('\n').Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..]).AbsolutePath;
        var queue = new Queue<(string Url, string From)>([("/news/", "start"), (sitemap, "robots.txt")]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/news/", sitemap };
        var fragments = new List<(string Page, string Fragment, string From)>();
        while (queue.TryDequeue(out var next))
        {
            using var response = await client.GetAsync(new Uri(next.Url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{next.Url} ({(int)response.StatusCode}) linked from {next.From}");
                continue;
            }
            var body = await response.Content.ReadAsStringAsync();
            if (response.Content.Headers.ContentType?.MediaType is not ("text/html" or "application/xml" or "text/xml" or "application/rss+xml" or "application/atom+xml"))
            {
                continue;
            }
            pages[next.Url] = body;
            foreach (Match link in LinkPattern().Matches(body))
            {
                var target = WebUtility.HtmlDecode(link.Groups["url"].Value).Replace("https://news.example.org", "", StringComparison.Ordinal);
                if (!target.StartsWith('/') && !target.StartsWith('#'))
                {
                    continue; // external or mailto: not ours to check
                }
                var absolute = new Uri(new Uri(server.Address, next.Url), target);
                if (absolute.Fragment.Length > 1)
                {
                    fragments.Add((absolute.AbsolutePath, absolute.Fragment[1..], next.Url));
                }
                if (seen.Add(absolute.AbsolutePath))
                {
                    queue.Enqueue((absolute.AbsolutePath, next.Url));
                }
            }
        }

        // Then
        broken.ShouldBeEmpty();
        foreach (var (page, fragment, from) in fragments)
        {
            pages.ShouldContainKey(page);
            pages[page].ShouldContain($"id=\"{fragment}\"", customMessage: $"#{fragment} on {page}, linked from {from}");
        }
        seen.ShouldContain("/news/articles/infant-study/");
        seen.ShouldContain("/news/page/2/");
        seen.ShouldContain("/news/diseases/acute-lymphoblastic-leukemia/feed.json");
        pages.ShouldContainKey("/news/sitemap.xml");
        (await client.GetAsync(new Uri("/articles/infant-study/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // href and src in pages; <link>/<loc>/<id> elements and href attributes in feeds and the sitemap.
    [GeneratedRegex("(?:(?:href|src)=\"(?<url>[^\"]+)\")|(?:<(?:loc|link|id)>(?<url>[^<]+)</(?:loc|link|id)>)")]
    private static partial Regex LinkPattern();
}
