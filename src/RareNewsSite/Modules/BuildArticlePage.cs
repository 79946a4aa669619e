using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Gives each article its page model: the article, up to three related articles, sharing data and JSON-LD.</summary>
internal sealed class BuildArticlePage(SiteParts parts, string related) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var models = new PageModels(context, parts);
        var article = doc.Get<Article>(Keys.Record);
        var view = doc.Get<ArticleView>(Keys.View);
        ValueArray<ArticleCard> relatedCards = [.. context.ValueAt<ValueArray<string>>(related, article.Source, FindRelated.Key)
            .Select(source => context.ValueAt<ArticleCard>(parts.Content, source, Keys.Card)!)];
        var page = models.Page(view.Title, view.Summary, article.UrlPath, "article") with
        {
            OgType = "article",
            Image = article.Image is { } image ? models.Links.Absolute(image) : null,
            ImageAlt = article.ImageAlt,
            JsonLd = models.Data.ForArticle(view),
        };
        return doc.With(Keys.Model, models.Model("article", page, new ModelValue("article", view), new ModelValue("related", relatedCards)))
            .With(Keys.PageKind, "article").With(Keys.LastModified, view.Updated ?? view.Date)
            with
        { Destination = PageModels.DestinationOf(article.UrlPath) };
    }
}
