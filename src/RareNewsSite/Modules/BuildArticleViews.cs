using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown;
using RareNewsSite.Markdown.Images;
using RareNewsSite.Markdown.Symptoms;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>
/// Builds each article's template view (authors and diseases resolved, table of contents, symptoms, word count) and
/// its card, what lists show of it.
/// </summary>
internal sealed partial class BuildArticleViews(SiteParts parts) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var article = doc.Get<Article>(Keys.Record);
        var ast = doc.Get<MarkdownDocument>(Keys.MarkdownAst);
        var links = context.Input<LinkBuilder>();
        var authors = context.ValuesOf<AuthorView>(parts.Authors, Keys.View).ToDictionary(a => a.Key, StringComparer.Ordinal);
        var diseases = context.ValuesOf<DiseaseView>(parts.Diseases, Keys.View).ToDictionary(d => d.Key, StringComparer.Ordinal);
        var view = new ArticleView
        {
            Title = article.Title,
            Url = links.To(article.UrlPath),
            AbsoluteUrl = links.Absolute(article.UrlPath),
            Date = article.Date,
            Updated = article.Updated,
            Summary = article.Summary,
            Authors = [.. article.Authors.Select(k => authors[k])],
            Diseases = [.. article.Diseases.Select(k => diseases[k])],
            Tags = [.. article.Tags.Select(TagViews.For(links))],
            Drugs = article.Drugs,
            Sources = article.Sources,
            Symptoms = SymptomsReader.Read(ast),
            Body = doc.Get<RawHtml>(Keys.BodyHtml),
            Toc = [.. ast.Descendants<HeadingBlock>().Where(h => h.Level == 2 && h.GetAttributes().Id is not null)
                    .Select(h => new HeadingView(h.GetAttributes().Id!, InlineText.Of(h)))],
            Words = WordPattern().Count(InlineText.OfBlock(ast)),
            Image = ImagePaths.UrlFor(article.Image, article.Source, links.To),
            ImageAlt = article.ImageAlt,
            ReviewedBy = article.ReviewedBy,
            LastReviewed = article.LastReviewed,
            Draft = article.Draft,
            Scheduled = context.IsFuture(article.Date),
            Source = article.Source,
            AuthorKeys = article.Authors,
            DiseaseKeys = article.Diseases,
        };
        return doc.With(Keys.View, view).With(Keys.Card, ArticleCard.Of(view));
    }

    [GeneratedRegex(@"\w+(['’-]\w+)*")]
    private static partial Regex WordPattern();
}
