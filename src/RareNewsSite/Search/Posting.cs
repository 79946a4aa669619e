namespace RareNewsSite.Search;

/// <summary>One page's entry in a term's postings.</summary>
internal readonly record struct Posting(int Doc, int Score);
