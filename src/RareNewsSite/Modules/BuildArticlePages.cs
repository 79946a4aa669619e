using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Gives each article its page model: the article, up to three related articles, sharing data and JSON-LD.</summary>
public sealed class BuildArticlePages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context);
        var links = context.Services.Links;
        return Task.FromResult(ParallelDocuments.Select(inputs, doc =>
        {
            var article = doc.Get<Article>(Keys.Record);
            var view = doc.Get<ArticleView>(Keys.View);
            var related = Related(view, models.Articles);
            var page = models.Page(view.Title, view.Summary, article.UrlPath, "article") with
            {
                OgType = "article",
                Image = article.Image is { } image ? links.Absolute(image) : null,
                ImageAlt = article.ImageAlt,
                JsonLd = models.Data.ForArticle(view),
            };
            var model = models.Model(page, ("article", view), ("related", related));
            return doc.With(Keys.Layout, "article").With(Keys.Model, model).With(Keys.PageKind, "article")
                with
            { Destination = PageModels.DestinationOf(article.UrlPath), Dependencies = doc.Dependencies.Union(related.Select(r => r.Source)) };
        }, cancellationToken));
    }

    /// <summary>Up to three other articles: sharing a disease first, then sharing tags; newest first within each.</summary>
    public static IReadOnlyList<ArticleView> Related(ArticleView article, IReadOnlyList<ArticleView> all)
    {
        var tags = article.Tags.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        return [.. all
            .Where(a => a.Source != article.Source)
            .Select(a => (Article: a, Diseases: a.DiseaseKeys.Count(article.DiseaseKeys.Contains), Tags: a.Tags.Count(t => tags.Contains(t.Key))))
            .Where(x => x.Diseases > 0 || x.Tags > 0)
            .OrderByDescending(x => x.Diseases > 0)
            .ThenByDescending(x => x.Tags)
            .ThenByDescending(x => x.Article.Date)
            .ThenBy(x => x.Article.Title, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Article)];
    }
}
