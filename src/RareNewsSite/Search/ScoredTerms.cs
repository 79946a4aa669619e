namespace RareNewsSite.Search;

/// <summary>A page's postings: each term with its score, computed from <paramref name="Terms"/> under <paramref name="Context"/>.</summary>
internal sealed record ScoredTerms(DocumentTerms Terms, ScoringContext Context, (string Term, int Score)[] Postings);
