namespace RareNewsSite.Site.Views;

/// <summary>What the search layout needs: the index folder's link and the index version (for cache busting).</summary>
public sealed record SearchView(string IndexUrl, string Version);
