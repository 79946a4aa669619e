using RareNewsSite.Engine;
namespace RareNewsSite.Search;

/// <summary>
/// Compares search documents by everything they hold, lists included (the record's own equality compares
/// lists by reference). It is the key of the index memo: a document's terms, scores and fragment are reused
/// only for a document equal to the one they were computed from.
/// </summary>
internal sealed class SearchDocumentComparer : IEqualityComparer<SearchDocument>
{
    /// <summary>The one instance.</summary>
    public static SearchDocumentComparer Instance { get; } = new();

    /// <inheritdoc />
    public bool Equals(SearchDocument? x, SearchDocument? y) =>
        ReferenceEquals(x, y) || x is not null && y is not null
            && string.Equals(x.Url, y.Url, StringComparison.Ordinal)
            && x.Date.Equals(y.Date) && x.Date.Offset == y.Date.Offset
            && string.Equals(x.Title, y.Title, StringComparison.Ordinal)
            && string.Equals(x.Summary, y.Summary, StringComparison.Ordinal)
            && string.Equals(x.Body, y.Body, StringComparison.Ordinal)
            && Same(x.Headings, y.Headings)
            && x.Sections == y.Sections
            && Same(x.Symptoms, y.Symptoms)
            && Same(x.Tags, y.Tags)
            && Same(x.Authors, y.Authors)
            && SameGroups(x.Diseases, y.Diseases)
            && SameGroups(x.Drugs, y.Drugs)
            && SameGroups(x.Abbreviations, y.Abbreviations);

    /// <summary>
    /// A cheap hash: the address, date and text lengths tell documents apart well enough, and hashing every
    /// body on every build would cost as much as comparing it; <see cref="Equals(SearchDocument?, SearchDocument?)"/> decides.
    /// </summary>
    public int GetHashCode(SearchDocument obj) =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Url), obj.Date, obj.Title.Length, obj.Summary.Length, obj.Body.Length, obj.Headings.Count);

    /// <summary>Two alias groups with the same names in the same order.</summary>
    public static bool SameGroup(SearchAliasGroup x, SearchAliasGroup y) =>
        ReferenceEquals(x, y) || string.Equals(x.Name, y.Name, StringComparison.Ordinal) && Same(x.OtherNames, y.OtherNames);

    /// <summary>A hash that agrees with <see cref="SameGroup"/>.</summary>
    public static int GroupHash(SearchAliasGroup group)
    {
        var hash = new HashCode();
        hash.Add(group.Name, StringComparer.Ordinal);
        foreach (var name in group.OtherNames)
        {
            hash.Add(name, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    private static bool Same(ValueArray<string> x, ValueArray<string> y) => x == y;

    internal static bool SameGroups(IReadOnlyList<SearchAliasGroup> x, IReadOnlyList<SearchAliasGroup> y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }
        if (x.Count != y.Count)
        {
            return false;
        }
        for (var i = 0; i < x.Count; i++)
        {
            if (!SameGroup(x[i], y[i]))
            {
                return false;
            }
        }
        return true;
    }
}
