using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Search;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Builds the search index from the published articles' search documents and adds its files under <c>search/</c>.</summary>
public sealed class BuildSearchIndex(SiteParts parts) : IModule
{
    /// <summary>The metadata key holding the index version (a content hash), on a document of its own without a destination.</summary>
    public const string VersionKey = "SearchIndexVersion";

    /// <summary>Where the index and the search page live.</summary>
    public const string SitePath = "/search/";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var settings = context.Input<SiteSettings>();
        if (!settings.GenerateSearchIndex)
        {
            return Task.FromResult(inputs);
        }
        var documents = context.ValuesOf<SearchDocument?>(parts.Content, Keys.Search).OfType<SearchDocument>().ToList();
        var diseases = context.ValuesOf<DiseaseView>(parts.Diseases, Keys.View).Select(MakeSearchDocument.Group).ToList();
        var weights = SearchWeights.Parse(settings.SearchWeights, out _) ?? SearchWeights.Default;
        var index = new SearchIndexBuilder(weights).Build(documents, diseases);
        var files = index.Files.Select(f => new Document { Destination = SitePath.TrimStart('/') + f.Key, Content = f.Value });
        // The search page asks for the index by its version, which changes with anything the index holds.
        return Task.FromResult(inputs.AddRange(files).Add(new Document { Source = VersionKey }.With(VersionKey, index.Version)));
    }
}
