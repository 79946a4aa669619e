using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Generates <c>/search/</c>: a plain GET form that the search script enhances, and, for readers without
/// JavaScript, links to the A–Z indexes. Runs after <see cref="BuildSearchIndex"/>, whose version it links.
/// </summary>
internal sealed class BuildSearchPage(SiteParts parts, string searchIndex) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Input<SiteSettings>().GenerateSearchIndex)
        {
            return Task.FromResult(inputs);
        }
        var version = context.ValueAt<string>(searchIndex, BuildSearchIndex.VersionKey, BuildSearchIndex.VersionKey) ?? "";
        var models = new PageModels(context, parts);
        var page = models.Page("Search", "Search our news by disease, drug, symptom, author or any word", BuildSearchIndex.SitePath, "search");
        return Task.FromResult(inputs.Add(models.Document(BuildSearchIndex.SitePath, "search", "search", page,
            new ModelValue("search", new SearchView(models.Links.To(BuildSearchIndex.SitePath), version)))));
    }
}
