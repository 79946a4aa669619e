using System.Collections.Immutable;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

using RareNewsSite.Templates;
using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>Gives each author a profile page (bio, then their articles newest first, paginated).</summary>
public sealed class BuildAuthorPages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = PageModels.Of(context);
        return Task.FromResult(models.Lists(nameof(BuildAuthorPages), inputs, symptoms: false, () => inputs.SelectMany(doc =>
        {
            var author = doc.Get<Author>(Keys.Record);
            var articles = models.ByAuthor[author.Key];
            return models.Group(nameof(BuildAuthorPages), author.Key, doc, articles, () => Pages(doc, author, articles));
        })));

        IEnumerable<Document> Pages(Document doc, Author author, IReadOnlyList<ArticleView> articles)
        {
            var view = doc.Get<AuthorView>(Keys.View);
            var description = $"Articles by {author.Name}" + (author.Role is { } role ? $", {role}" : "");
            var profile = new Lazy<RawHtml>(() => models.Data.ForAuthor(view, InlineText.OfBlock(doc.Get<MarkdownDocument>(Keys.MarkdownAst))));
            return models.Paginate(articles, author.UrlPath).Select(p =>
            {
                ScriptObject Model()
                {
                    var title = p.Pager.Number == 1 ? author.Name : $"{author.Name}: page {p.Pager.Number} of {p.Pager.Total}";
                    var page = models.Page(title, description, p.SitePath, "author", p.Pager) with { OgType = "profile", JsonLd = profile.Value };
                    return models.Model(page, ("author", view), ("articles", p.Items), ("pager", p.Pager));
                }
                return PageModels.Document(p.SitePath, "author", Model, "author", doc.Dependencies.Union(p.Items.Select(a => a.CardKey)).Append($"@pages={p.Pager.Total}"));
            });
        }
    }
}
