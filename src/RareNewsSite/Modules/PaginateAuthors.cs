using Markdig.Syntax;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Markdown;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Cuts an author's articles, newest first, into the pages of their profile (bio first).</summary>
internal sealed class PaginateAuthors(SiteParts parts) : IExpandingModule
{
    /// <inheritdoc />
    public IEnumerable<Document> Execute(Document doc, BuildContext context)
    {
        var author = doc.Get<Author>(Keys.Record);
        var bio = InlineText.OfBlock(doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree);
        var (size, links) = (context.Input<SiteSettings>().PageSize, context.Input<LinkBuilder>());
        return ListPage.Paginate(ArrangeArticles.Group(context, parts, "author", author.Key), author.UrlPath, size, links, doc.Get<AuthorView>(Keys.View), summary: bio);
    }
}
