namespace RareNewsSite.Site.Views;

/// <summary>What every page has: its title, description, links and kind.</summary>
public sealed record PageView(string Title, string Description, string Url, string Canonical, string Kind)
{
    /// <summary>Ask search engines not to index (404).</summary>
    public bool NoIndex { get; init; }
}
