namespace RareNewsSite.Markdown.Links;

/// <summary>A Markdown file that other files may link to: its page URL and the anchors in it.</summary>
public sealed record LinkTarget(string UrlPath, IReadOnlySet<string> Anchors, bool Published);
