using System.Collections.Immutable;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Gives each author a profile page (bio, then their articles newest first, paginated).</summary>
public sealed class BuildAuthorPages(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context, parts);
        var byAuthor = ArticleLists.Of(context.ValuesOf<ArticleCard>(parts.Content, Keys.Card)).ByAuthor;
        return Task.FromResult(inputs.SelectMany(doc =>
        {
            var author = doc.Get<Author>(Keys.Record);
            var view = doc.Get<AuthorView>(Keys.View);
            var description = $"Articles by {author.Name}" + (author.Role is { } role ? $", {role}" : "");
            var profile = models.Data.ForAuthor(view, InlineText.OfBlock(doc.Get<MarkdownDocument>(Keys.MarkdownAst)));
            return models.Paginate(byAuthor[author.Key], author.UrlPath).Select(p =>
            {
                var title = p.Pager.Number == 1 ? author.Name : $"{author.Name}: page {p.Pager.Number} of {p.Pager.Total}";
                var page = models.Page(title, description, p.SitePath, "author", p.Pager) with { OgType = "profile", JsonLd = profile };
                return models.Document(p.SitePath, "author", "author", page, new ModelValue("author", view), new ModelValue("articles", p.Items), new ModelValue("pager", p.Pager));
            });
        }).ToImmutableArray());
    }
}
