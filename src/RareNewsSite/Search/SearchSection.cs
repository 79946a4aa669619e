namespace RareNewsSite.Search;

/// <summary>
/// A heading of an article that a search result can point into (<c>/articles/x/#what-the-study-found</c>): its id,
/// and where its text starts in <see cref="SearchDocument.Body"/> and how long it is. The section runs from there to
/// the next heading; the browser finds which sections say the query's words.
/// </summary>
internal readonly record struct SearchSection(string Id, int Start, int Length);
