namespace RareNewsSite.Content;

/// <summary>A titled external link: an article's source or an author's profile.</summary>
public sealed record SourceLink(string Title, string Url);
