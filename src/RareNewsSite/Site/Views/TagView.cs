namespace RareNewsSite.Site.Views;

/// <summary>A tag and the link to its page.</summary>
public sealed record TagView(string Key, string Name, string Url);
