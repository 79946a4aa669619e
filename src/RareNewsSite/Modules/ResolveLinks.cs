using Markdig.Syntax;
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
        var targets = context.ValuesOf<LinkTarget>(parts.Articles, Keys.LinkTarget).Concat(context.ValuesOf<LinkTarget>(parts.Pages, Keys.LinkTarget));
        var resolver = new LinkResolver(targets.ToDictionary(t => t.Source, StringComparer.Ordinal), context.Input<LinkBuilder>().To);
        return doc.With(Keys.Links, resolver.Resolve(doc.Get<MarkdownDocument>(Keys.MarkdownAst), doc.Source!, context.Diagnostics));
    }
}
