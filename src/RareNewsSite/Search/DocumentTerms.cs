namespace RareNewsSite.Search;

/// <summary>
/// One document's terms, field by field: each field's length in terms and how often each distinct term
/// occurs in it. Tokenizing is the costly part of building the index, so the memo keeps these per document
/// together with the <see cref="SearchAliases"/> they were computed with.
/// </summary>
internal sealed class DocumentTerms(SearchAliases aliases, int[] lengths, string[] terms, int[] fieldStarts, TermCount[] counts)
{
    /// <summary>The aliases the terms were computed with.</summary>
    public SearchAliases Aliases { get; } = aliases;

    /// <summary>Each field's length in terms, indexed by <see cref="SearchField"/>.</summary>
    public int[] Lengths { get; } = lengths;

    /// <summary>The document's distinct terms, in the order first met going through the fields in order.</summary>
    public string[] Terms { get; } = terms;

    /// <summary>Where each field's counts start in <see cref="Counts"/>, indexed by <see cref="SearchField"/>, plus one past the last.</summary>
    public int[] FieldStarts { get; } = fieldStarts;

    /// <summary>Every field's distinct terms (positions in <see cref="Terms"/>) with their counts, field after field, each field's in the order first met.</summary>
    public TermCount[] Counts { get; } = counts;

    /// <summary>Field <paramref name="field"/>'s terms with their counts.</summary>
    public ReadOnlySpan<TermCount> CountsOf(SearchField field) =>
        Counts.AsSpan(FieldStarts[(int)field], FieldStarts[(int)field + 1] - FieldStarts[(int)field]);

    /// <summary>Tokenizes every field of <paramref name="doc"/> (with a tokenizer of its own: see <see cref="DocumentTokenizer"/>).</summary>
    public static DocumentTerms Of(SearchDocument doc, SearchAliases aliases) => new DocumentTokenizer(aliases).Tokenize(doc);
}
