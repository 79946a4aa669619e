using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Publishing;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Chooses what each feed holds, for the whole site and for each disease (readers follow a condition): the newest
/// articles, one document per feed file (RSS, Atom, JSON Feed) with its <see cref="FeedFile"/> (see <see cref="WriteFeed"/>). Which
/// articles those are follows from their cards alone, so a body edit chooses nothing again. Feeds need <c>Host</c> for
/// absolute URLs; without one there are none.
/// </summary>
internal sealed class SelectFeeds(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Input<LinkBuilder>().HasHost)
        {
            return Task.FromResult(inputs);
        }
        var settings = context.Input<SiteSettings>();
        var lists = ArrangeArticles.Read(context, parts);
        var feeds = new List<Document>(Files(FeedSet.ForSite(settings.SiteTitle), settings.SiteDescription, lists.Newest));
        foreach (var disease in context.ValuesOf<Disease>(parts.Diseases, Keys.Record))
        {
            feeds.AddRange(Files(FeedSet.ForDisease(settings.SiteTitle, disease.Name, disease.Key), $"News about {disease.Name}",
                lists.ByDisease[disease.Key]));
        }
        return Task.FromResult(inputs.AddRange(feeds));
    }

    private static IEnumerable<Document> Files(FeedSet feed, string description, IEnumerable<ArticleCard> newest)
    {
        var content = new FeedContent(feed, description, [.. newest.Take(Feeds.ItemCount).Select(card => card.Source)]);
        return [File(feed.RssPath, content, FeedFormat.Rss), File(feed.AtomPath, content, FeedFormat.Atom), File(feed.JsonPath, content, FeedFormat.Json)];
    }

    private static Document File(string sitePath, FeedContent content, FeedFormat format) =>
        new Document { Destination = sitePath.TrimStart('/') }.With(WriteFeed.Key, new FeedFile(content, format)).With(Keys.PageKind, "feed");
}

/// <summary>What one feed holds: its set of addresses, description and the sources of its articles, newest first.</summary>
internal sealed record FeedContent(FeedSet Feed, string Description, ValueArray<string> Sources);

/// <summary>One file of a feed.</summary>
internal sealed record FeedFile(FeedContent Content, FeedFormat Format);

/// <summary>The formats every feed is written in.</summary>
internal enum FeedFormat
{
    /// <summary>RSS 2.0.</summary>
    Rss,
    /// <summary>Atom 1.0.</summary>
    Atom,
    /// <summary>JSON Feed 1.1.</summary>
    Json,
}
