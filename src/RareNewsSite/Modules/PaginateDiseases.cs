using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Cuts a disease's articles, newest first, into pages; every page of a disease shows its explainer and its
/// symptoms, from the record and from its articles' symptom lists.
/// </summary>
internal sealed class PaginateDiseases(SiteParts parts) : IExpandingModule
{
    /// <inheritdoc />
    public IEnumerable<Document> Execute(Document doc, BuildContext context)
    {
        var disease = doc.Get<Disease>(Keys.Record);
        var view = doc.Get<DiseaseView>(Keys.View);
        var articles = ArrangeArticles.Group(context, parts, "disease", disease.Key);
        var (size, links) = (context.Input<SiteSettings>().PageSize, context.Input<LinkBuilder>());
        ValueArray<string> symptoms = [.. view.Symptoms.Concat(articles.SelectMany(a => a.Symptoms)).Distinct(StringComparer.OrdinalIgnoreCase)];
        return ListPage.Paginate(articles, disease.UrlPath, size, links, view, symptoms);
    }
}
