using System.Collections.Immutable;
using Markdig.Syntax;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Markdown;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Cuts each author's articles, newest first, into the pages of their profile (bio first).</summary>
internal sealed class PaginateAuthors(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var byAuthor = ArrangeArticles.Read(context, parts).ByAuthor;
        var (size, links) = (context.Input<SiteSettings>().PageSize, context.Input<LinkBuilder>());
        return Task.FromResult(inputs.SelectMany(doc =>
        {
            var author = doc.Get<Author>(Keys.Record);
            var bio = InlineText.OfBlock(doc.Get<MarkdownDocument>(Keys.MarkdownAst));
            return ListPage.Paginate(byAuthor[author.Key], author.UrlPath, size, links, doc.Get<AuthorView>(Keys.View), summary: bio);
        }).ToImmutableArray());
    }
}
