using RareNewsSite.Content;
using RareNewsSite.Content.Trust;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Markdown;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Gives each reviewer a page: who they are, their credentials, and every article and disease page they reviewed.</summary>
internal sealed class BuildReviewerPage(SiteParts parts) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var models = new PageModels(context, parts);
        var reviewer = doc.Get<Reviewer>(Keys.Record);
        var view = doc.Get<ReviewerView>(Keys.View);
        ValueArray<ArticleCard> articles = [.. context.ValuesOf<ArticleCard>(parts.Content, Keys.Card).Where(c => c.ReviewerKey == reviewer.Key)
            .DistinctBy(c => c.Source).OrderByDescending(c => c.Date).ThenBy(c => c.Source, StringComparer.Ordinal)];
        ValueArray<DiseaseView> diseases = [.. context.ValuesOf<DiseaseView>(parts.Diseases, Keys.View).Where(d => d.Reviewer?.Key == reviewer.Key)
            .DistinctBy(d => d.Key).OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase)];
        var description = $"{view.NameWithCredentials}: medical reviewer" + (view.JobTitle is { } job ? $", {job}" : "");
        var bio = InlineText.OfBlock(doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree);
        var page = models.Page(view.Name, description, reviewer.UrlPath, "reviewer") with
        {
            OgType = "profile",
            JsonLd = models.Data.ForReviewer(view, bio),
        };
        return doc.With(Keys.Model, models.Model("reviewer", page, new ModelValue("reviewer", view), new ModelValue("articles", articles),
                new ModelValue("diseases", diseases)))
            .With(Keys.PageKind, "reviewer") with
        { Destination = PageModels.DestinationOf(reviewer.UrlPath) };
    }
}
