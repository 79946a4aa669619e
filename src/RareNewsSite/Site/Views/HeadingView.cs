namespace RareNewsSite.Site.Views;

/// <summary>A heading for an "On this page" list.</summary>
public sealed record HeadingView(string Id, string Text);
