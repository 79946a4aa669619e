namespace RareNewsSite.Search;

/// <summary>
/// The names the whole index shares: the site's alias groups (one of each, in the order first seen), the
/// alias table made of them and the abbreviations written in capitals. Every document's terms depend on
/// them, so the memo keeps the terms it computed with the instance they were computed with, and an instance
/// is reused only for an equal set of groups (what the table finds does not depend on their order).
/// </summary>
internal sealed class SearchAliases
{
    private readonly HashSet<SearchAliasGroup> _set;

    private SearchAliases(List<SearchAliasGroup> groups, HashSet<SearchAliasGroup> set)
    {
        _set = set;
        Groups = groups;
        Table = new AliasTable(groups);
        Abbreviations = groups.SelectMany(g => g.All)
            .Select(SearchText.Fold)
            .Where(n => n.Any(char.IsLetter) && !n.Any(char.IsLower) && !n.Any(char.IsWhiteSpace))
            .Select(n => n.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The distinct groups, site-wide ones first, then each document's in document order.</summary>
    public IReadOnlyList<SearchAliasGroup> Groups { get; }

    /// <summary>Finds the names a text mentions.</summary>
    public AliasTable Table { get; }

    /// <summary>Abbreviations that are indexed even where they spell a stop word (ALL).</summary>
    public HashSet<string> Abbreviations { get; }

    /// <summary>
    /// The aliases of <paramref name="docs"/>: <paramref name="previous"/> itself when its groups are the same,
    /// so that what was computed with it stays valid; otherwise a new instance.
    /// </summary>
    public static SearchAliases For(IReadOnlyList<SearchAliasGroup> siteGroups, IReadOnlyList<SearchDocument> docs, SearchAliases? previous)
    {
        // Every article repeats its diseases' groups: keep one of each, or the alias table grows with the site.
        var seen = new HashSet<SearchAliasGroup>(GroupComparer.Instance);
        var groups = new List<SearchAliasGroup>();
        foreach (var group in siteGroups)
        {
            Add(group);
        }
        foreach (var doc in docs)
        {
            foreach (var group in doc.Diseases)
            {
                Add(group);
            }
            foreach (var group in doc.Drugs)
            {
                Add(group);
            }
            foreach (var group in doc.Abbreviations)
            {
                Add(group);
            }
        }
        // The table and the abbreviations depend on the set of groups, not their order: compared as sets, a
        // date edit that reorders the pages keeps every page's terms.
        return previous is not null && previous._set.Count == seen.Count && previous._set.SetEquals(seen)
            ? previous
            : new SearchAliases(groups, seen);

        void Add(SearchAliasGroup group)
        {
            if (seen.Add(group))
            {
                groups.Add(group);
            }
        }
    }

    private sealed class GroupComparer : IEqualityComparer<SearchAliasGroup>
    {
        public static GroupComparer Instance { get; } = new();

        public bool Equals(SearchAliasGroup? x, SearchAliasGroup? y) =>
            ReferenceEquals(x, y) || x is not null && y is not null && SearchDocumentComparer.SameGroup(x, y);

        public int GetHashCode(SearchAliasGroup obj) => SearchDocumentComparer.GroupHash(obj);
    }
}
