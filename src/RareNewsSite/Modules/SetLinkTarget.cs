using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Links;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Notes what links from other files to this article or page resolve to: its address, its headings and whether it
/// is published in this build (so a link to a draft gets a precise message); for an article, also the addresses it
/// claims (<see cref="AddressClaim"/>), for the site's address index.
/// </summary>
internal sealed class SetLinkTarget : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var (url, published) = doc.Get<object>(Keys.Record) switch
        {
            Article a => (a.UrlPath, FilterPublished.IsPublished(a, context)),
            StaticPage p => (p.UrlPath, true),
            _ => throw new InvalidOperationException("Only articles and pages are link targets."),
        };
        doc = doc.With(Keys.LinkTarget, new LinkTarget(doc.Source!, url, doc.Get<ValueArray<string>>(Keys.Anchors), published));
        return doc.Get<object>(Keys.Record) is Article { Slug.Length: > 0 } article
            ? doc.With(AddressClaim.Key, new AddressClaim(article.Source, article.UrlPath, [.. article.Aliases],
                published && !article.Invalid ? [.. article.Tags.Select(TagViews.PathOf)] : []))
            : doc;
    }
}
