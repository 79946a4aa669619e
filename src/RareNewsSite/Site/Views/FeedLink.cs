namespace RareNewsSite.Site.Views;

/// <summary>A feed announced with <c>&lt;link rel="alternate"&gt;</c>: title, link and media type.</summary>
public sealed record FeedLink(string Title, string Url, string Type);
