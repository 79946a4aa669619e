using RareNewsSite.Engine;

namespace RareNewsSite.Markdown.Links;

/// <summary>A Markdown file that other files may link to: its source, page URL, the anchors in it, and whether it is published.</summary>
internal sealed record LinkTarget(string Source, string UrlPath, ValueArray<string> Anchors, bool Published);
