using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Links;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>
/// Works out where each link to another Markdown file goes (its page URL) and reports broken ones. The result is
/// a value next to the parsed tree, which stays as it was parsed (see <see cref="LinkResolver"/>).
/// </summary>
internal sealed class ResolveLinks(SiteParts parts) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        // One lookup per file linked to, not a table of every target per document (that made 10,000 articles quadratic),
        // and a document is resolved again only when a file it links to changes.
        LinkTarget? TargetOf(string source) =>
            context.ValueAt<LinkTarget>(parts.Articles, source, Keys.LinkTarget) ?? context.ValueAt<LinkTarget>(parts.Pages, source, Keys.LinkTarget);
        // The address index is read only by a body that links by address (or has a broken link to hint at), so an
        // article that gains a tag does not make every other article's links resolve again.
        SiteAddresses Addresses() => context.ValueAt<SiteAddresses>(parts.Addresses, SiteAddresses.DocumentSource, SiteAddresses.Key) ?? SiteAddresses.Empty;
        var links = context.Input<LinkBuilder>();
        var resolver = new LinkResolver(TargetOf, links.To, Addresses, links.LinkRoot, links.Host);
        return doc.With(Keys.Links, resolver.Resolve(doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree, doc.Source!, context.Diagnostics));
    }
}
