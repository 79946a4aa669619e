using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Publishing;

/// <summary>Feeds read back with real parsers: System.ServiceModel.Syndication for RSS and Atom, JSON Feed's required fields.</summary>
public sealed class FeedTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => FixtureBuild.Basic());

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("diseases/acute-lymphoblastic-leukemia/feed.xml")]
    [InlineData("diseases/acute-lymphoblastic-leukemia/atom.xml")]
    public void Should_Parse_Rss_And_Atom_With_Absolute_Links(string path)
    {
        using var reader = XmlReader.Create(new MemoryStream(Site.Value.Output.ReadBytes(path)));
        var feed = SyndicationFeed.Load(reader);

        feed.Items.Take(2).Select(i => i.Title.Text).ShouldBe(["What comes after treatment", "Infant study shows better survival"], ignoreOrder: false);
        var first = feed.Items.First();
        first.Links.First().Uri.ToString().ShouldBe("https://news.example.org/news/articles/follow-up/");
        first.PublishDate.ShouldBe(new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.FromHours(1)));
        first.Categories.Select(c => c.Name).ShouldContain("pediatrics");
        var second = feed.Items.ElementAt(1);
        var content = second.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").FirstOrDefault()
            ?? ((TextSyndicationContent)second.Content).Text;
        content.ShouldContain("href=\"https://news.example.org/news/articles/follow-up/#next-steps\"");
        content.ShouldContain("<caption");
    }

    [Fact]
    public void Should_Leave_Articles_Of_Other_Diseases_Out_Of_A_Disease_Feed()
    {
        static int Count(byte[] xml)
        {
            using var reader = XmlReader.Create(new MemoryStream(xml));
            return SyndicationFeed.Load(reader).Items.Count();
        }
        Count(Site.Value.Output.ReadBytes("feed.xml")).ShouldBe(3);
        Count(Site.Value.Output.ReadBytes("diseases/acute-lymphoblastic-leukemia/feed.xml")).ShouldBe(2);
    }

    [Theory]
    [InlineData("feed.json")]
    [InlineData("diseases/acute-lymphoblastic-leukemia/feed.json")]
    public void Should_Have_Json_Feed_Required_Fields(string path)
    {
        using var json = JsonDocument.Parse(Site.Value.Output.ReadBytes(path));
        var root = json.RootElement;
        root.GetProperty("version").GetString().ShouldBe("https://jsonfeed.org/version/1.1");
        root.GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
        root.GetProperty("feed_url").GetString().ShouldBe("https://news.example.org/news/" + path);
        var items = root.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        foreach (var item in items)
        {
            item.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
            item.GetProperty("content_html").GetString().ShouldNotBeNullOrEmpty();
            DateTimeOffset.Parse(item.GetProperty("date_published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            item.GetProperty("authors")[0].GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
        }
    }

    [Fact]
    public void Should_Announce_Feeds_In_Every_Page_Head()
    {
        foreach (var page in Site.Value.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("2026/", StringComparison.Ordinal)))
        {
            Site.Value.File(page).ShouldContain("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Fixture News (RSS)\" href=\"/news/feed.xml\">", customMessage: page);
        }
        Site.Value.File("diseases/acute-lymphoblastic-leukemia/index.html").ShouldContain("href=\"/news/diseases/acute-lymphoblastic-leukemia/atom.xml\"");
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Should_Give_Readers_The_Body_As_Written_When_It_Holds_The_End_Of_A_Cdata_Section(string path)
    {
        // Given an article whose body shows "]]>" and markup as text (the feeds carry bodies in CDATA sections)
        var site = SiteWithOneArticle("Ends ]]> here", "A section ends with `]]>` and <b>bold</b> stays text; **this** is bold.");

        // When it is built and the feed read back by a real parser
        var item = OnlyItemOf(site.Build().Output.ReadBytes(path));

        // Then the reader gets the body's HTML exactly, and the title as text
        var content = ContentOf(item);
        content.ShouldContain("<code>]]&gt;</code>");
        content.ShouldContain("&lt;b&gt;bold&lt;/b&gt;");
        content.ShouldContain("<strong>this</strong>");
        item.Title.Text.ShouldBe("Ends ]]> here");
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Should_Split_The_Cdata_Section_Where_Raw_Html_Holds_Its_End(string path)
    {
        // Given a trusted site whose article's raw HTML holds "]]>" twice
        var site = SiteWithOneArticle("Raw", """<div title="]]>">x]]>y</div>""");

        // When it is built and the feed read back by a real parser
        var feed = site.Build(settings: new Dictionary<string, string> { ["AllowRawHtml"] = "true" }).Output.ReadBytes(path);
        var item = OnlyItemOf(feed);

        // Then each "]]>" ends one section and the next starts, as XmlWriter splits them, and the reader gets the HTML back
        System.Text.Encoding.UTF8.GetString(feed).ShouldContain("<![CDATA[<div title=\"]]]]><![CDATA[>\">x]]]]><![CDATA[>y</div>");
        ContentOf(item).ShouldContain("<div title=\"]]>\">x]]>y</div>");
    }

    // A site of one author and one article with this title and body.
    private static TestSite SiteWithOneArticle(string title, string body) => TestSite.FromText($$"""
        -- input/authors/a.md --
        ---
        name: A
        ---
        Bio.
        -- input/articles/only.md --
        ---
        title: {{title}}
        date: 2026-01-01
        author: a
        summary: S
        ---
        {{body}}
        """);

    private static SyndicationItem OnlyItemOf(byte[] feed)
    {
        using var reader = XmlReader.Create(new MemoryStream(feed));
        return SyndicationFeed.Load(reader).Items.Single();
    }

    // The body as an RSS item's content:encoded or an Atom entry's content.
    private static string ContentOf(SyndicationItem item) =>
        item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").FirstOrDefault()
            ?? ((TextSyndicationContent)item.Content).Text;
}
