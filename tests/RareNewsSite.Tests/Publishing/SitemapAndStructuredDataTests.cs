using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Publishing;

public sealed partial class SitemapAndStructuredDataTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => FixtureBuild.Basic());

    [Fact]
    public void Should_List_Every_Indexable_Page_In_The_Sitemap_With_Lastmod_For_Articles()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(Site.Value.File("sitemap.xml"));
        var urls = sitemap.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);

        urls.ShouldContainKey("https://news.example.org/news/");
        urls.ShouldContainKey("https://news.example.org/news/page/2/");
        urls.ShouldContainKey("https://news.example.org/news/diseases/acute-lymphoblastic-leukemia/");
        urls["https://news.example.org/news/articles/follow-up/"].ShouldBe("2026-11-20T00:00:00+00:00");
        urls["https://news.example.org/news/articles/infant-study/"].ShouldBe("2026-10-14T00:00:00+00:00");
        urls.Keys.ShouldNotContain(u => u.Contains("404", StringComparison.Ordinal) || u.Contains("/2026/10/", StringComparison.Ordinal));
        Site.Value.File("robots.txt").ShouldBe("User-agent: *\nAllow: /\nSitemap: https://news.example.org/news/sitemap.xml\n");
    }

    [Fact]
    public void Should_Write_A_Redirect_Page_For_Each_Alias()
    {
        var redirect = Site.Value.File("2026/10/infant-study/index.html");
        redirect.ShouldContain("<meta http-equiv=\"refresh\" content=\"0; url=/news/articles/infant-study/\">");
        redirect.ShouldContain("<link rel=\"canonical\" href=\"https://news.example.org/news/articles/infant-study/\">");
    }

    [Fact]
    public void Should_Describe_An_Article_As_NewsArticle_With_Conditions_And_Review()
    {
        var graph = JsonLdOf(Site.Value.File("articles/follow-up/index.html"));
        var news = graph.Single(n => n.GetProperty("@type").GetString() == "NewsArticle");
        news.GetProperty("headline").GetString().ShouldBe("What comes after treatment");
        news.GetProperty("datePublished").GetString().ShouldBe("2026-11-01T09:30:00+01:00");
        news.GetProperty("dateModified").GetString().ShouldBe("2026-11-20T00:00:00+00:00");
        news.GetProperty("author")[0].GetProperty("@type").GetString().ShouldBe("Person");
        news.GetProperty("author")[0].GetProperty("name").GetString().ShouldBe("Ben Writer");
        news.GetProperty("publisher").GetProperty("name").GetString().ShouldBe("Fixture News");
        var condition = news.GetProperty("about")[0];
        condition.GetProperty("@type").GetString().ShouldBe("MedicalCondition");
        condition.GetProperty("alternateName").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Acute lymphocytic leukemia", "ALL"]);
        condition.GetProperty("signOrSymptom").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldContain("Fever");
        var review = graph.Single(n => n.GetProperty("@type").GetString() == "MedicalWebPage");
        review.GetProperty("lastReviewed").GetString().ShouldBe("2026-11-15T00:00:00+00:00");
        review.GetProperty("reviewedBy").GetProperty("name").GetString().ShouldBe("Dr. Casey Reviewer");
    }

    [Fact]
    public void Should_Describe_Authors_And_Diseases()
    {
        var profile = JsonLdOf(Site.Value.File("authors/ann-author/index.html")).Single();
        profile.GetProperty("@type").GetString().ShouldBe("ProfilePage");
        profile.GetProperty("mainEntity").GetProperty("name").GetString().ShouldBe("Ann Author");
        profile.GetProperty("mainEntity").GetProperty("jobTitle").GetString().ShouldBe("Health writer");

        var condition = JsonLdOf(Site.Value.File("diseases/acute-lymphoblastic-leukemia/index.html")).Single();
        condition.GetProperty("@type").GetString().ShouldBe("MedicalCondition");
        condition.GetProperty("code").EnumerateArray().Select(c => c.GetProperty("codingSystem").GetString() + " " + c.GetProperty("codeValue").GetString())
            .ShouldBe(["ICD-10 C91.0", "ORPHA 513"]);
        condition.GetProperty("signOrSymptom").EnumerateArray().Select(e => e.GetProperty("name").GetString())
            .ShouldBe(["Fever", "Bone pain", "Easy bruising"]);
    }

    [Fact]
    public void Should_Give_Every_Page_Canonical_Description_Open_Graph_And_Twitter_Tags()
    {
        foreach (var path in Site.Value.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("2026/", StringComparison.Ordinal)))
        {
            var html = Site.Value.File(path);
            foreach (var tag in new[] { "<link rel=\"canonical\" href=\"https://news.example.org/news/", "<meta name=\"description\"", "<meta property=\"og:title\"", "<meta property=\"og:url\"", "<meta name=\"twitter:card\"", "<script type=\"application/ld+json\">" })
            {
                html.ShouldContain(tag, customMessage: $"{path} lacks {tag}");
            }
        }
    }

    private static List<JsonElement> JsonLdOf(string html)
    {
        var json = JsonLdScript().Match(html).Groups[1].Value;
        return [.. JsonDocument.Parse(json).RootElement.GetProperty("@graph").EnumerateArray()];
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
