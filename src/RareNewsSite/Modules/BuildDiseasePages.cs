using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Publishing;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Gives each disease a page: its explainer, symptoms (from the record and from articles' symptom lists),
/// and its articles newest first, paginated; the disease's own feeds are announced in the head.
/// </summary>
public sealed class BuildDiseasePages(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context, parts);
        var byDisease = ArticleLists.Of(context.ValuesOf<ArticleCard>(parts.Content, Keys.Card)).ByDisease;
        return Task.FromResult(inputs.SelectMany(doc =>
        {
            var disease = doc.Get<Disease>(Keys.Record);
            var view = doc.Get<DiseaseView>(Keys.View);
            var articles = byDisease[disease.Key];
            ValueArray<string> symptoms = [.. view.Symptoms.Concat(articles.SelectMany(a => a.Symptoms)).Distinct(StringComparer.OrdinalIgnoreCase)];
            var description = view.Intro.Length > 0 ? view.Intro : $"What {disease.Name} is, and news about it";
            var data = models.Data.ForDisease(view, symptoms);
            ValueArray<FeedLink> feeds = models.Links.HasHost ? FeedSet.ForDisease(models.Settings.SiteTitle, disease.Name, disease.Key).Links(models.Links) : [];
            return models.Paginate(articles, disease.UrlPath).Select(p =>
            {
                var title = p.Pager.Number == 1 ? disease.Name : $"{disease.Name}: page {p.Pager.Number} of {p.Pager.Total}";
                var page = models.Page(title, description, p.SitePath, "disease", p.Pager);
                page = page with { JsonLd = data, Feeds = [.. page.Feeds, .. feeds] };
                return models.Document(p.SitePath, "disease", "disease", page,
                    new ModelValue("disease", view), new ModelValue("articles", p.Items), new ModelValue("symptoms", symptoms), new ModelValue("pager", p.Pager));
            });
        }).ToImmutableArray());
    }
}
