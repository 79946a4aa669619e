using System.Collections.Immutable;

namespace RareNewsSite.Search;

/// <summary>
/// The files of a built index, by path under the search folder: <c>meta.json</c> (counts, shard names, stop
/// words), <c>filters.json</c> (facet values and each page's values), <c>t/&lt;prefix&gt;.json</c> (term
/// shards) and <c>p/&lt;n&gt;.json</c> (one result fragment per page).
/// </summary>
internal sealed record SearchIndex(ImmutableSortedDictionary<string, byte[]> Files, string Version)
{
    /// <summary>
    /// The paths set or removed since the index the same builder memo made last (<c>meta.json</c> included), or null
    /// when every file was made again.
    /// </summary>
    public IReadOnlyList<string>? Changed { get; init; }

    /// <summary>Total size in bytes (UTF-8) of every file.</summary>
    public long TotalBytes => Files.Values.Sum(f => (long)f.Length);

    /// <summary>The text of the file at <paramref name="path"/> (for tests and tools: the build writes the bytes).</summary>
    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Files[path]);
}
