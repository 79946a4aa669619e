using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Gives each disease a page: its explainer, symptoms (record and articles' lists), and its articles.</summary>
public sealed class BuildDiseasePages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context);
        var byDisease = models.Articles.SelectMany(a => a.DiseaseKeys.Distinct(StringComparer.Ordinal).Select(k => (Key: k, Article: a)))
            .ToLookup(x => x.Key, x => x.Article, StringComparer.Ordinal);
        return Task.FromResult(ParallelDocuments.Select(inputs, doc =>
        {
            var disease = doc.Get<Disease>(Keys.Record);
            var view = doc.Get<DiseaseView>(Keys.View);
            var articles = byDisease[disease.Key].ToList();
            var symptoms = view.Symptoms.Concat(articles.SelectMany(a => a.Symptoms)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var description = view.Intro.Length > 0 ? view.Intro : $"What {disease.Name} is, and news about it";
            var page = models.Page(disease.Name, description, disease.UrlPath, "disease");
            var model = models.Model(page, ("disease", view), ("articles", articles), ("symptoms", symptoms));
            return doc.With(Keys.Layout, "disease").With(Keys.Model, model).With(Keys.PageKind, "disease")
                with { Destination = PageModels.DestinationOf(disease.UrlPath), Dependencies = doc.Dependencies.Union(articles.SelectMany(a => a.Inputs)) };
        }, cancellationToken));
    }
}
