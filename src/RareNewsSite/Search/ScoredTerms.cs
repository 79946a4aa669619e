namespace RareNewsSite.Search;

/// <summary>
/// A page's postings, computed from <paramref name="Terms"/> under <paramref name="Context"/>: the score (1–63) of each
/// term at the same position in <see cref="DocumentTerms.Terms"/>, 0 for a term that scores nothing and has no posting.
/// One byte per term rather than a list of pairs: every page's scores are kept for the next build.
/// </summary>
internal sealed record ScoredTerms(DocumentTerms Terms, ScoringContext Context, byte[] Scores);
