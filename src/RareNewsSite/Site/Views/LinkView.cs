namespace RareNewsSite.Site.Views;

/// <summary>A titled link with an optional count, for navigation and A–Z indexes.</summary>
public sealed record LinkView(string Title, string Url, int Count = 0);
