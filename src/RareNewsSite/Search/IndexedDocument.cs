namespace RareNewsSite.Search;

/// <summary>
/// One document in the index memo with what was computed from it. The memo holds one entry per distinct
/// document content, so an entry's values always belong to an equal document. Terms and scores also depend on
/// site-wide values and carry the instance they were computed with (<see cref="DocumentTerms.Aliases"/>,
/// <see cref="ScoredTerms.Context"/>); each is replaced as one reference, so a race between two threads
/// filling the same entry only computes the same value twice.
/// </summary>
internal sealed class IndexedDocument(SearchDocument document)
{
    /// <summary>The document the values were computed from.</summary>
    public SearchDocument Document { get; } = document;

    /// <summary>The terms, for the aliases they name, or null before the first use.</summary>
    public DocumentTerms? Terms { get; set; }

    /// <summary>The scores, for the context they name, or null before the first use.</summary>
    public ScoredTerms? Scores { get; set; }

    /// <summary>The result fragment <c>p/&lt;id&gt;.json</c>, or null before the first use.</summary>
    public IndexFile? Fragment { get; set; }

    /// <summary>
    /// The terms for <paramref name="aliases"/>, tokenizing again only when the aliases changed (with
    /// <paramref name="tokenizer"/> when given: one per thread, made for the same aliases).
    /// </summary>
    public DocumentTerms TermsFor(SearchAliases aliases, DocumentTokenizer? tokenizer = null)
    {
        if (Terms is { } terms && ReferenceEquals(terms.Aliases, aliases))
        {
            return terms;
        }
        var fresh = tokenizer is not null && ReferenceEquals(tokenizer.Aliases, aliases)
            ? tokenizer.Tokenize(Document)
            : DocumentTerms.Of(Document, aliases);
        Terms = fresh;
        return fresh;
    }

    /// <summary>The scores under <paramref name="context"/> of the terms for <paramref name="aliases"/>.</summary>
    public ScoredTerms ScoresFor(SearchAliases aliases, ScoringContext context)
    {
        var terms = TermsFor(aliases);
        if (Scores is { } scores && ReferenceEquals(scores.Context, context) && ReferenceEquals(scores.Terms, terms))
        {
            return scores;
        }
        var fresh = new ScoredTerms(terms, context, context.Scores(terms));
        Scores = fresh;
        return fresh;
    }
}
