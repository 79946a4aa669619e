namespace RareNewsSite.Search;

/// <summary>
/// One document's terms, field by field: each field's length in terms and how often each distinct term
/// occurs in it. Tokenizing is the costly part of building the index, so the memo keeps these per document
/// together with the <see cref="SearchAliases"/> they were computed with.
/// </summary>
internal sealed class DocumentTerms
{
    private static readonly SearchField[] Fields = Enum.GetValues<SearchField>();

    private DocumentTerms(SearchAliases aliases, int[] lengths, KeyValuePair<string, int>[][] counts)
    {
        Aliases = aliases;
        Lengths = lengths;
        Counts = counts;
    }

    /// <summary>The aliases the terms were computed with.</summary>
    public SearchAliases Aliases { get; }

    /// <summary>Each field's length in terms, indexed by <see cref="SearchField"/>.</summary>
    public int[] Lengths { get; }

    /// <summary>Each field's distinct terms with their counts, indexed by <see cref="SearchField"/>.</summary>
    public KeyValuePair<string, int>[][] Counts { get; }

    /// <summary>Tokenizes every field of <paramref name="doc"/>.</summary>
    public static DocumentTerms Of(SearchDocument doc, SearchAliases aliases)
    {
        var mentioned = aliases.Table.NamesMentionedIn(string.Join(" \n ", [doc.Title, doc.Summary, .. doc.Headings, doc.Body]));
        var lengths = new int[Fields.Length];
        var counts = new KeyValuePair<string, int>[Fields.Length][];
        foreach (var field in Fields)
        {
            IEnumerable<string> texts = field switch
            {
                SearchField.Title => [doc.Title],
                SearchField.Headings => doc.Headings,
                SearchField.Summary => [doc.Summary],
                SearchField.Diseases => doc.Diseases.SelectMany(g => g.All),
                SearchField.Drugs => doc.Drugs.SelectMany(g => g.All),
                SearchField.Symptoms => doc.Symptoms,
                SearchField.Tags => doc.Tags,
                SearchField.Authors => doc.Authors,
                SearchField.Body => [doc.Body],
                SearchField.Aliases => mentioned,
                _ => throw new InvalidOperationException($"No text for the search field {field}."),
            };
            var count = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                foreach (var term in SearchText.Terms(text, aliases.Abbreviations))
                {
                    count[term] = count.GetValueOrDefault(term) + 1;
                    lengths[(int)field]++;
                }
            }
            counts[(int)field] = [.. count];
        }
        return new DocumentTerms(aliases, lengths, counts);
    }
}
