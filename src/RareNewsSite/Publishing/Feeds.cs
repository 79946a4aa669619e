using RareNewsSite.Engine;

namespace RareNewsSite.Publishing;

/// <summary>When feeds and the sitemap are written: they need absolute URLs, so a <c>Host</c>.</summary>
public static class Feeds
{
    /// <summary>Articles per feed, newest first.</summary>
    public const int ItemCount = 20;

    /// <summary>True when the site has a host to make absolute URLs from.</summary>
    public static bool Enabled(BuildContext context) => context.Services.Links.HasHost;
}
