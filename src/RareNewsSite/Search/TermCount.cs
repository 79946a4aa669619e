namespace RareNewsSite.Search;

/// <summary>How often the term at <paramref name="Term"/> in <see cref="DocumentTerms.Terms"/> occurs in one field.</summary>
internal readonly record struct TermCount(int Term, int Count);
