using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Publishing;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>Writes one feed file (RSS 2.0, Atom 1.0 or JSON Feed 1.1) from what <see cref="SelectFeeds"/> chose.</summary>
internal sealed class WriteFeed(SiteParts parts) : IDocumentModule
{
    /// <summary>The metadata key of a feed file's <see cref="FeedFile"/>.</summary>
    public const string Key = "Feed";

    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        if (doc.GetOrDefault<FeedFile>(Key) is not { Content: var content, Format: var format })
        {
            return doc;
        }
        var links = context.Input<LinkBuilder>();
        var feed = content.Feed;
        // Each article as feeds show it: a feed is written again only when one of its own articles changed.
        var items = content.Sources.Select(source => context.ValueAt<FeedItem>(parts.Content, source, Keys.FeedItem)!).ToList();
        var writer = new FeedWriter(feed.Title, content.Description, context.Input<SiteSettings>().Language, links.Absolute(feed.FolderPath));
        return context.WithBytesWritten(doc with { Content = "" }, into =>
        {
            switch (format)
            {
                case FeedFormat.Rss:
                    writer.Rss(into, links.Absolute(feed.RssPath), items);
                    break;
                case FeedFormat.Atom:
                    writer.Atom(into, links.Absolute(feed.AtomPath), items);
                    break;
                default:
                    writer.Json(into, links.Absolute(feed.JsonPath), items);
                    break;
            }
        });
    }
}
