using System.Text.RegularExpressions;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Publishing;

/// <summary>Issue #15: the <c>_headers</c> file for Netlify and Cloudflare Pages, read as those hosts read it.</summary>
public sealed partial class HeadersFileTests
{
    private const string Immutable = "public, max-age=31536000, immutable";

    private static TestSite Site(string settings) => TestSite.FromText($$"""
        -- statiq.json --
        {{settings}}
        -- input/authors/ann.md --
        ---
        name: Ann
        ---
        Bio.
        -- input/diseases/fabry-disease.md --
        ---
        name: Fabry disease
        ---
        About Fabry disease.
        -- input/pages/assets.md --
        ---
        title: About our pictures
        ---
        Where the pictures come from.
        -- input/assets/cells.20260101.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>
        -- input/articles/a.md --
        ---
        title: A study
        date: 2026-01-02
        author: ann
        summary: S
        diseases: [fabry-disease]
        aliases: [/2025/old-story/]
        ---
        Body.
        """).WithRepoTheme();

    [Theory]
    [InlineData("""{ "Host": "news.example.org" }""", "/")]
    [InlineData("""{ "Host": "news.example.org", "LinkRoot": "/news/" }""", "/news/")]
    public void Should_Mark_Fingerprinted_Assets_Immutable_And_Every_Page_And_Feed_No_Cache_With_No_Path_Matched_Twice(string settings, string linkRoot)
    {
        // When
        var built = Site(settings).Build().ShouldSucceed();
        var headers = HeadersFile.Parse(built.File("_headers"));

        // Then: the theme's fingerprinted assets are kept a year, and nothing else is
        var fingerprinted = built.Output.Paths.Where(p => Fingerprinted().IsMatch(p)).ToList();
        fingerprinted.ShouldContain(p => p.StartsWith("assets/site.", StringComparison.Ordinal));
        foreach (var file in built.Output.Paths.Where(p => p != "_headers"))
        {
            var rules = headers.Match(HeadersFile.RequestPath(linkRoot, file));
            rules.Count.ShouldBeLessThanOrEqualTo(1, $"{file}: {string.Join(" + ", rules)}");
            if (fingerprinted.Contains(file))
            {
                rules.ShouldBe([Immutable], file);
            }
            else if (file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".xml", StringComparison.Ordinal) && file != "sitemap.xml")
            {
                rules.ShouldBe(["no-cache"], file);
            }
            else if (file.StartsWith("assets/", StringComparison.Ordinal) && !file.StartsWith("assets/index.html", StringComparison.Ordinal))
            {
                rules.ShouldBeEmpty(file); // an editor's image: the host's default
            }
        }
        // The page at /assets/ is named on its own, so the folder of immutable assets is never matched as a whole.
        headers.Match(linkRoot + "assets/").ShouldBe(["no-cache"]);
        headers.Match(linkRoot + "assets/cells.20260101.svg").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Leave_The_File_Out_When_The_Setting_Says_So()
    {
        var built = Site("""{ "Host": "news.example.org", "GenerateHeadersFile": false }""").Build().ShouldSucceed();

        built.Output.Contains("_headers").ShouldBeFalse();
    }

    [GeneratedRegex(@"^assets/[^/]+\.[0-9a-f]{8}\.(css|js)$")]
    private static partial Regex Fingerprinted();
}
