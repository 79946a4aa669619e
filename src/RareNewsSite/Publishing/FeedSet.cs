using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Publishing;

/// <summary>
/// Where the three feeds of a scope live: the site's at <c>/feed.xml</c>, <c>/atom.xml</c> and
/// <c>/feed.json</c>; a disease's under <c>/diseases/&lt;key&gt;/</c>.
/// </summary>
internal sealed record FeedSet(string Title, string FolderPath)
{
    /// <summary>The RSS 2.0 feed's site path.</summary>
    public string RssPath => FolderPath + "feed.xml";

    /// <summary>The Atom 1.0 feed's site path.</summary>
    public string AtomPath => FolderPath + "atom.xml";

    /// <summary>The JSON Feed 1.1 site path.</summary>
    public string JsonPath => FolderPath + "feed.json";

    /// <summary>The feeds of the whole site.</summary>
    public static FeedSet ForSite(string siteTitle) => new(siteTitle, "/");

    /// <summary>The feeds of one disease.</summary>
    public static FeedSet ForDisease(string siteTitle, string diseaseName, string key) => new($"{siteTitle}: {diseaseName}", $"/diseases/{key}/");

    /// <summary>The links to announce in pages' heads.</summary>
    public RareNewsSite.Engine.ValueArray<FeedLink> Links(LinkBuilder links) =>
    [
        new($"{Title} (RSS)", links.To(RssPath), "application/rss+xml"),
        new($"{Title} (Atom)", links.To(AtomPath), "application/atom+xml"),
        new($"{Title} (JSON Feed)", links.To(JsonPath), "application/feed+json"),
    ];
}
