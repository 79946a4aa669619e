using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Images;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Gives each article its page model: the article, up to three related articles, sharing data and JSON-LD.</summary>
/// <param name="parts">Where the site's parts come from.</param>
/// <param name="related">The pipeline that finds each article's related articles.</param>
/// <param name="styles">The pipeline with the theme's <see cref="ShareCardStyle"/>, when it can draw cards.</param>
internal sealed class BuildArticlePage(SiteParts parts, string related, string styles) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var models = new PageModels(context, parts);
        var article = doc.Get<Article>(Keys.Record);
        var view = doc.Get<ArticleView>(Keys.View);
        ValueArray<ArticleCard> relatedCards = [.. context.ValueAt<ValueArray<string>>(related, article.Source, FindRelated.Key)
            .Select(source => context.ValueAt<ArticleCard>(parts.Content, source, Keys.Card)!)];
        var card = ShareCardOf(article, view, context);
        var page = models.Page(view.Title, view.Summary, article.UrlPath, "article") with
        {
            OgType = "article",
            Image = card is not null ? models.Links.Absolute(card.Path) : article.Image is { } image ? models.Links.Absolute(image) : null,
            ImageAlt = card?.Alt ?? article.ImageAlt,
            ImageWidth = card is null ? null : ShareCard.Width,
            ImageHeight = card is null ? null : ShareCard.Height,
            JsonLd = models.Data.ForArticle(view),
        };
        doc = card is null ? doc : doc.With(MakeShareCard.Key, card);
        return doc.With(Keys.Model, models.Model("article", page, new ModelValue("article", view), new ModelValue("related", relatedCards)))
            .With(Keys.PageKind, "article").With(Keys.LastModified, view.Updated ?? view.Date)
            with
        { Destination = PageModels.DestinationOf(article.UrlPath) };
    }

    // The share card: the lead photo cropped around image_focus, else drawn from the headline and first disease when the
    // theme's card font was read (the same style MakeShareCard draws with, so a page never names a card it cannot have).
    private SharePicture? ShareCardOf(Article article, ArticleView view, BuildContext context)
    {
        var photo = Markdown.Images.ImagePaths.PublishedSourceOf(article.Image, article.Source) is { } source
            ? context.ValueAt<ImageSet>(parts.ContentAssets, source, Keys.Image)
            : null;
        var focus = article.ImageFocus ?? ImageFocus.Centre;
        return SharePicture.For(article.UrlPath, photo, article.ImageAlt, focus.X, focus.Y, view.Title, view.Diseases.Count > 0 ? view.Diseases[0].Name : null,
            context.Input<Configuration.SiteSettings>().DrawShareCards && context.ValueAt<ShareCardStyle>(styles, ShareCard.FontPath, ShareCardStyle.Key) is not null);
    }
}
