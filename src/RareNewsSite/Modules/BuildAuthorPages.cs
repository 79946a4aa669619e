using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Gives each author a page: bio and articles, newest first.</summary>
public sealed class BuildAuthorPages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context);
        var byAuthor = models.Articles.SelectMany(a => a.AuthorKeys.Distinct(StringComparer.Ordinal).Select(k => (Key: k, Article: a)))
            .ToLookup(x => x.Key, x => x.Article, StringComparer.Ordinal);
        return Task.FromResult(ParallelDocuments.Select(inputs, doc =>
        {
            var author = doc.Get<Author>(Keys.Record);
            var view = doc.Get<AuthorView>(Keys.View);
            var articles = byAuthor[author.Key].ToList();
            var page = models.Page(author.Name, $"Articles by {author.Name}" + (author.Role is { } role ? $", {role}" : ""), author.UrlPath, "author");
            var model = models.Model(page, ("author", view), ("articles", articles));
            return doc.With(Keys.Layout, "author").With(Keys.Model, model).With(Keys.PageKind, "author")
                with { Destination = PageModels.DestinationOf(author.UrlPath), Dependencies = doc.Dependencies.Union(articles.SelectMany(a => a.Inputs)) };
        }, cancellationToken));
    }
}
