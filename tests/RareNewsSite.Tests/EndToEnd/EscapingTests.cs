using System.Text.RegularExpressions;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.EndToEnd;

/// <summary>
/// Puts a script payload into every user-written field of every content type and checks that no output file
/// contains it unescaped — pages (with the real theme, so Open Graph tags and JSON-LD too), feeds and the
/// sitemap. The payload has quotes and an ampersand so attribute escaping is proven too.
/// </summary>
public sealed partial class EscapingTests
{
    private const string Payload = "<script>alert(1)</script> \\\"Tom & 'Jerry'\\\"";

    [Fact]
    public void Should_Escape_User_Text_In_Every_Page()
    {
        // Given: the payload in titles, summaries, names, roles, links, sources, tags, drugs, captions
        var site = TestSite.FromText($$"""
            -- statiq.json --
            { "SiteTitle": "{{Payload}}", "SiteDescription": "{{Payload}}", "Host": "example.org" }
            -- input/authors/a.md --
            ---
            name: "{{Payload}}"
            role: "{{Payload}}"
            links:
              - title: "{{Payload}}"
                url: "https://example.org/?q=<script>"
            ---
            Bio <script>alert(1)</script>
            -- input/reviewers/r.md --
            ---
            name: "{{Payload}}"
            credentials: "{{Payload}}"
            job_title: "{{Payload}}"
            affiliation: "{{Payload}}"
            links:
              - title: "{{Payload}}"
                url: "https://example.org/?q=<script>"
            ---
            Bio <script>alert(1)</script>
            -- input/diseases/d.md --
            ---
            name: "{{Payload}}"
            reviewed_by: r
            last_reviewed: 2026-01-02
            also_known_as: ["{{Payload}}"]
            abbreviation: "{{Payload}}"
            symptoms: ["{{Payload}}"]
            ---
            Explainer <script>alert(1)</script>
            -- input/pages/about.md --
            ---
            title: "{{Payload}}"
            ---
            About <script>alert(1)</script>
            -- input/articles/x.md --
            ---
            title: "{{Payload}}"
            date: 2026-01-01
            author: a
            summary: "{{Payload}}"
            diseases: [d]
            tags: ["{{Payload}}"]
            drugs: ["{{Payload}}"]
            reviewed_by: "{{Payload}}"
            last_reviewed: 2026-01-02
            sponsored: true
            funding: "{{Payload}}"
            conflicts: "{{Payload}}"
            study: {design: case-series, participants: 3, comparison: none, comparison_group: "{{Payload}}"}
            sources:
              - title: "{{Payload}}"
                url: "https://example.org/a?b=1&c=<script>"
            ---
            Body <script>alert(1)</script> [link](<javascript:alert(1)> "t")

            ::: results "<script>alert(1)</script>"
            | A | <script>alert(1)</script> |
            |---|---|
            | <script>alert(1)</script> | 10% |
            :::
            """).WithRepoTheme();

        // When
        var built = site.Build();

        // Then: the javascript: link is refused, the pasted tags are shown as text with a warning, and nothing else fails
        built.Diagnostics.ShouldAllBe(d => d.Contains("error RN0205", StringComparison.Ordinal) || d.Contains("warning RN0206", StringComparison.Ordinal)
            || d.Contains("warning RN0523", StringComparison.Ordinal));
        site.Files.Add("input/articles/x.md", System.Text.Encoding.UTF8.GetString(site.Files.ReadAllBytes("input/articles/x.md"))
            .Replace("[link](<javascript:alert(1)> \"t\")", "", StringComparison.Ordinal));
        built = site.Build().ShouldSucceed();
        built.Output.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)).ShouldBeGreaterThan(8);
        built.Output.Paths.ShouldContain("feed.xml");
        built.Output.Paths.ShouldContain("feed.json");
        built.Output.Paths.ShouldContain("sitemap.xml");
        // Pictures (the share cards, which draw the headline into pixels) are not text.
        foreach (var path in built.Output.Paths.Where(p => Path.GetExtension(p) is not (".png" or ".jpg" or ".webp")))
        {
            // The theme's own JSON-LD element is the one script allowed; its content must not close it early.
            var text = built.Output.ReadText(path);
            var ownScripts = text.Split("<script type=\"application/ld+json\">").Length - 1 + SearchScript().Count(text);
            text.Split("</script>").Length.ShouldBe(ownScripts + 1, $"{path}: something closed a script element");
            text = text.Replace("<script type=\"application/ld+json\">", "", StringComparison.Ordinal);
            text = SearchScript().Replace(text, "");
            text.ShouldNotContain("<script", Case.Insensitive, $"{path} contains an unescaped script tag");
            UnescapedAmpersandInAttribute().IsMatch(text).ShouldBeFalse($"{path} has a raw '&' in an attribute");
        }
        built.File("articles/x/index.html").ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Tom &amp; &#39;Jerry&#39;&quot;");
    }

    // The theme's own scripts, and nothing else may load one: the search page's module, and on articles the highlight on
    // arrival (both fingerprinted assets).
    [GeneratedRegex("<script type=\"module\" src=\"/assets/search\\.[0-9a-f]{8}\\.js\"></script>|<script defer src=\"/assets/highlight\\.[0-9a-f]{8}\\.js\" data-words=\"/assets/search-words\\.[0-9a-f]{8}\\.js\"></script>")]
    private static partial Regex SearchScript();

    [GeneratedRegex("=\"[^\"]*&(?![a-zA-Z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)[^\"]*\"")]
    private static partial Regex UnescapedAmpersandInAttribute();
}
