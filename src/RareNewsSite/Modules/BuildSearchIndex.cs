using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Search;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Builds the search index from the published articles' search documents and adds its files under <c>search/</c>.
/// Given the index it built last time, it changes only what the changed articles touch (see <see cref="SearchIndexBuilder"/>).
/// </summary>
internal sealed class BuildSearchIndex(SiteParts parts) : IUpdatingModule
{
    /// <summary>The metadata key holding the index version (a content hash), on a document of its own without a destination.</summary>
    public const string VersionKey = "SearchIndexVersion";

    /// <summary>Where the index and the search page live.</summary>
    public const string SitePath = "/search/";

    /// <inheritdoc />
    public Task<(ImmutableArray<Document> Outputs, object? State)> ExecuteAsync(
        ImmutableArray<Document> inputs, object? last, BuildContext context, CancellationToken cancellationToken)
    {
        var settings = context.Input<SiteSettings>();
        if (!settings.GenerateSearchIndex)
        {
            return Task.FromResult<(ImmutableArray<Document>, object?)>((inputs, null));
        }
        var documents = context.ValuesOf<SearchDocument?>(parts.Content, Keys.Search).OfType<SearchDocument>().ToList();
        var diseases = context.ValuesOf<DiseaseView>(parts.Diseases, Keys.View).Select(MakeSearchDocument.Group).ToList();
        var weights = SearchWeights.Parse(settings.SearchWeights, out _) ?? SearchWeights.Default;
        var state = last as SearchIndexState ?? new SearchIndexState();
        var index = new SearchIndexBuilder(weights).Build(documents, diseases, state);
        var files = index.Files.Select(f => new Document { Destination = SitePath.TrimStart('/') + f.Key, Content = f.Value });
        // The search page asks for the index by its version, which changes with anything the index holds.
        var outputs = inputs.AddRange(files).Add(new Document { Source = VersionKey }.With(VersionKey, index.Version));
        return Task.FromResult<(ImmutableArray<Document>, object?)>((outputs, state));
    }
}
