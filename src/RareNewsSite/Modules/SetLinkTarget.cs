using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Links;

namespace RareNewsSite.Modules;

/// <summary>
/// Notes what links from other files to this article or page resolve to: its address, its headings and whether it
/// is published in this build (so a link to a draft gets a precise message).
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
        return doc.With(Keys.LinkTarget, new LinkTarget(doc.Source!, url, doc.Get<ValueArray<string>>(Keys.Anchors), published));
    }
}
