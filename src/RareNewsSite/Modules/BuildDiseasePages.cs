using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Publishing;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

using RareNewsSite.Templates;
using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>
/// Gives each disease a page: its explainer, symptoms (from the record and from articles' symptom lists),
/// and its articles newest first, paginated; the disease's own feeds are announced in the head.
/// </summary>
public sealed class BuildDiseasePages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = PageModels.Of(context);
        var links = context.Services.Links;
        return Task.FromResult(models.Lists(nameof(BuildDiseasePages), inputs, symptoms: true, () => inputs.SelectMany(doc =>
        {
            var disease = doc.Get<Disease>(Keys.Record);
            var articles = models.ByDisease[disease.Key];
            return models.Group(nameof(BuildDiseasePages), disease.Key, doc, articles, () => Pages(doc, disease, articles));
        })));

        IEnumerable<Document> Pages(Document doc, Disease disease, IReadOnlyList<ArticleView> articles)
        {
            var view = doc.Get<DiseaseView>(Keys.View);
            var symptoms = view.Symptoms.Concat(articles.SelectMany(a => a.Symptoms)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var description = view.Intro.Length > 0 ? view.Intro : $"What {disease.Name} is, and news about it";
            var symptomsKey = ValueKey.Of("symptoms", symptoms); // the page lists its articles' symptoms too
            var data = new Lazy<RawHtml>(() => models.Data.ForDisease(view, symptoms));
            var feeds = Feeds.Enabled(context) ? FeedSet.ForDisease(context.Settings.SiteTitle, disease.Name, disease.Key).Links(links) : [];
            return models.Paginate(articles, disease.UrlPath).Select(p =>
            {
                ScriptObject Model()
                {
                    var title = p.Pager.Number == 1 ? disease.Name : $"{disease.Name}: page {p.Pager.Number} of {p.Pager.Total}";
                    var page = models.Page(title, description, p.SitePath, "disease", p.Pager);
                    page = page with { JsonLd = data.Value, Feeds = [.. page.Feeds, .. feeds] };
                    return models.Model(page, ("disease", view), ("articles", p.Items), ("symptoms", symptoms), ("pager", p.Pager));
                }
                return PageModels.Document(p.SitePath, "disease", Model, "disease", doc.Dependencies.Union(p.Items.Select(a => a.CardKey)).Append($"@pages={p.Pager.Total}").Append(symptomsKey));
            });
        }
    }
}
