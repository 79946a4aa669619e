using Markdig.Renderers.Html;
using Markdig.Syntax;
using RareNewsSite.Configuration;
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
internal sealed class BuildArticleViews(SiteParts parts, string reviewers) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var article = doc.Get<Article>(Keys.Record);
        var ast = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree;
        var links = context.Input<LinkBuilder>();
        // Each author's and disease's view is read on its own, so a changed bio remakes only its own author's articles.
        // The records (which say where each key's file is) do not change with a bio or an explainer.
        var authorRecords = context.ValuesBy(parts.Authors, Keys.Record, static (Author a) => a.Key);
        var diseaseRecords = context.ValuesBy(parts.Diseases, Keys.Record, static (Disease d) => d.Key);
        AuthorView AuthorOf(string key) => context.ValueAt<AuthorView>(parts.Authors, authorRecords[key].Source, Keys.View)!;
        DiseaseView DiseaseOf(string key) => context.ValueAt<DiseaseView>(parts.Diseases, diseaseRecords[key].Source, Keys.View)!;
        var reviewer = ReviewerViews.Find(context, reviewers, article.ReviewedBy);
        var view = new ArticleView
        {
            Title = article.Title,
            Url = links.To(article.UrlPath),
            AbsoluteUrl = links.Absolute(article.UrlPath),
            Date = article.Date,
            Updated = article.EffectiveUpdated,
            Corrections = article.Corrections,
            Trials = [.. article.Trials.Select(t => new LinkView(t, Content.Trust.TrialNumbers.Url(t)))],
            Summary = article.Summary,
            Authors = [.. article.Authors.Select(AuthorOf)],
            Diseases = [.. article.Diseases.Select(DiseaseOf)],
            Tags = [.. article.Tags.Select(TagViews.For(links))],
            Drugs = article.Drugs,
            Sources = article.Sources,
            Symptoms = SymptomsReader.Read(ast),
            Body = doc.Get<RawHtml>(Keys.BodyHtml),
            Toc = [.. ast.Descendants<HeadingBlock>().Where(h => h.Level == 2 && h.GetAttributes().Id is not null)
                    .Select(h => new HeadingView(h.GetAttributes().Id!, InlineText.Of(h)))],
            Words = InlineText.CountWords(ast),
            Image = ImagePaths.UrlFor(article.Image, article.Source, links.To),
            ImageAlt = article.ImageAlt,
            ImageCredit = article.ImageCredit,
            LeadImage = ImageViews.Of(context, parts.ContentAssets, article.Image, article.Source, context.Input<SiteSettings>().ImageSizes),
            ReviewedBy = reviewer?.NameWithCredentials ?? article.ReviewedBy,
            Reviewer = reviewer,
            LastReviewed = article.Review?.LastReviewed,
            NextReview = article.Review?.DueBy(context.Input<SiteSettings>().ReviewIntervalSpan()),
            Disclosures = article.Disclosures,
            Study = article.Study is { } study ? StudyView.Of(study) : null,
            Draft = article.Draft,
            Scheduled = context.IsFuture(article.Date),
            Source = article.Source,
            AuthorKeys = article.Authors,
            DiseaseKeys = article.Diseases,
        };
        return doc.With(Keys.View, view).With(Keys.Card, ArticleCard.Of(view));
    }
}
