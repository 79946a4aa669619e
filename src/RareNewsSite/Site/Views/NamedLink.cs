namespace RareNewsSite.Site.Views;

/// <summary>An author or disease as a card names it: its key, name and page link.</summary>
public sealed record NamedLink(string Key, string Name, string Url);
