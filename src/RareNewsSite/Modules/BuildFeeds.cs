using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Pipelines;
using RareNewsSite.Publishing;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>
/// Writes RSS, Atom and JSON Feed for the whole site and for each disease (readers follow a condition).
/// Needs <c>Host</c> for absolute URLs; without one it warns once and writes no feeds.
/// </summary>
public sealed partial class BuildFeeds : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!Feeds.Enabled(context))
        {
            if (context.Diagnostics.HasErrorsIn("RN04"))
            {
                return Task.FromResult(inputs); // a broken statiq.json already explains the missing host
            }
            context.Diagnostics.Warning(Diagnostics.SourceSpan.File("statiq.json"), Diagnostics.DiagnosticIds.NoHost,
                "'Host' is empty, so feeds and the sitemap are not written (they need absolute URLs)");
            return Task.FromResult(inputs);
        }
        var settings = context.Settings;
        var links = context.Services.Links;
        var models = PageModels.Of(context);
        var articles = models.Articles;
        // Only the newest articles of each feed are in it: make items of those alone, once each.
        var items = new Dictionary<ArticleView, FeedItem>(ReferenceEqualityComparer.Instance);
        List<FeedItem> Newest(IEnumerable<ArticleView> list) =>
            [.. list.Take(Feeds.ItemCount).Select(a => items.TryGetValue(a, out var item) ? item : items[a] = Item(a))];
        // An item shows the body and what the card shows (title, dates, summary, authors, diseases, tags): in preview
        // it is kept while both are, so an author's new bio (a new view of each of their articles) changes no feed.
        FeedItem Item(ArticleView a) => Memoized.Get<ItemMemo, RawHtml, FeedItem>(context.Memory, a.Body, a.CardKey, context.Diagnostics, _ => ToItem(a, links))!;
        var documents = new List<Document>();
        documents.AddRange(Write(FeedSet.ForSite(settings.SiteTitle), settings.SiteDescription, Newest(articles), links, context));
        foreach (var disease in context.OutputsOf(PipelineNames.Diseases).Select(d => d.Get<Disease>(Keys.Record)))
        {
            var about = Newest(models.ByDisease.Newest(disease.Key, Feeds.ItemCount));
            documents.AddRange(Write(FeedSet.ForDisease(settings.SiteTitle, disease.Name, disease.Key),
                $"News about {disease.Name}", about, links, context));
        }
        return Task.FromResult(inputs.AddRange(documents));
    }

    private static IEnumerable<Document> Write(FeedSet feed, string description, List<FeedItem> items, LinkBuilder links, BuildContext context)
    {
        IEnumerable<string> Dependencies() => items.SelectMany(i => i.Article.Inputs).Append("statiq.json");
        // In preview a feed is made again only when one of its items (see Item) or its title changed, and
        // the same text gives the same document, which the output already holds.
        var texts = LatestValues.GetOrCompute(context.Memory, "feed:" + feed.RssPath,
            () => new SameObjects([feed.Title, description, .. items]), () => Texts(feed, description, items, links, context));
        yield return Feed(feed.RssPath, texts.Rss, Dependencies, context);
        yield return Feed(feed.AtomPath, texts.Atom, Dependencies, context);
        yield return Feed(feed.JsonPath, texts.Json, Dependencies, context);
    }

    private static FeedTexts Texts(FeedSet feed, string description, List<FeedItem> items, LinkBuilder links, BuildContext context)
    {
        var writer = new FeedWriter(feed.Title, description, context.Settings.Language, links.Absolute(feed.FolderPath));
        return new FeedTexts(writer.Rss(links.Absolute(feed.RssPath), items), writer.Atom(links.Absolute(feed.AtomPath), items),
            writer.Json(links.Absolute(feed.JsonPath), items));
    }

    /// <summary>Feed items by rendered body and card key, in preview.</summary>
    private sealed class ItemMemo : IdentityMemo<RawHtml, FeedItem>;

    private sealed record FeedTexts(string Rss, string Atom, string Json);


    private static Document Feed(string sitePath, string content, Func<IEnumerable<string>> dependencies, BuildContext context) =>
        Memoized.Get<FeedMemo, string, Document>(context.Memory, content, sitePath, context.Diagnostics, _ =>
            new Document { Destination = sitePath.TrimStart('/'), Content = content, Dependencies = Document.DependencySet(dependencies()) }.With(Keys.PageKind, "feed"))!;

    /// <summary>Feed documents by text, in preview.</summary>
    private sealed class FeedMemo : IdentityMemo<string, Document>;

    private static FeedItem ToItem(ArticleView article, LinkBuilder links)
    {
        // Feed readers show content away from the site, so site-relative links must become absolute.
        var content = RootRelativeUrl().Replace(article.Body.Html, m => m.Groups[1].Value + links.Origin + "/");
        var authors = article.Authors.Select(a => (a.Name, links.Origin + a.Url)).ToList();
        return new FeedItem(article, article.AbsoluteUrl, content, authors);
    }

    [GeneratedRegex("((?:href|src)=\")/(?!/)")]
    private static partial Regex RootRelativeUrl();
}
