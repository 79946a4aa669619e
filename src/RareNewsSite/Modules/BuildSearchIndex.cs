using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        // Disease names and the editors' synonyms are the site's alias groups: a page that says one name is found by all.
        var diseases = context.ValuesOf<DiseaseView>(parts.Diseases, Keys.View).Select(MakeSearchDocument.Group)
            .Concat(inputs.SelectMany(d => d.GetOrDefault<ValueArray<SearchAliasGroup>>(ReadSynonyms.Key))).ToList();
        inputs = inputs.RemoveAll(d => d.Source == SynonymsReader.Path);
        var weights = SearchWeights.Parse(settings.SearchWeights, out _) ?? SearchWeights.Default;
        var state = last as Kept ?? new Kept(new SearchIndexState(), [], []);
        var index = new SearchIndexBuilder(weights) { Forgets = !context.KeepsModuleState }.Build(documents, diseases, state.Index);
        // A file with the very text it had is the very document it was: an edit hands on all but its own few files, and
        // when the builder says which files it replaced, only those are looked at.
        Document[] published;
        var positions = state.Positions;
        if (index.Changed is { } changed && index.Files.Count == state.Published.Length && changed.All(p => positions.ContainsKey(p) && index.Files.ContainsKey(p)))
        {
            published = (Document[])state.Published.Clone();
            foreach (var path in changed)
            {
                published[positions[path]] = FileDocument(path, index.Files[path], published[positions[path]]);
            }
        }
        else
        {
            published = [.. index.Files.Select(f => FileDocument(f.Key, f.Value, positions.TryGetValue(f.Key, out var at) ? state.Published[at] : null))];
            positions = index.Files.Keys.Select((path, at) => (path, at)).ToDictionary(p => p.path, p => p.at, StringComparer.Ordinal);
        }
        // The search page asks for the index by its version, which changes with anything the index holds.
        var outputs = inputs.AddRange(published).Add(new Document { Source = VersionKey }.With(VersionKey, index.Version));
        return Task.FromResult<(ImmutableArray<Document>, object?)>((outputs, new Kept(state.Index, published, positions)));
    }

    private static Document FileDocument(string path, byte[] content, Document? before) =>
        before?.Bytes is { } kept && MemoryMarshal.TryGetArray(kept, out var array) && ReferenceEquals(array.Array, content)
            ? before
            : new Document { Destination = SitePath.TrimStart('/') + path, Bytes = content };

    /// <summary>What a build keeps for the next: the index builder's state, and the file documents it published (in path order) with their positions.</summary>
    private sealed record Kept(SearchIndexState Index, Document[] Published, Dictionary<string, int> Positions);
}
