namespace RareNewsSite.Site;

/// <summary>
/// Makes every URL the site writes: site-relative links honour <c>LinkRoot</c> (so the site works under a
/// subpath), absolute ones add the scheme and <c>Host</c> (canonical URLs, feeds, sitemap).
/// </summary>
public sealed record LinkBuilder(string LinkRoot, string Host, bool UseHttps)
{
    private readonly string _root = LinkRoot.Trim('/') is { Length: > 0 } inner ? $"/{inner}/" : "/";

    /// <summary>True when a host is configured, so absolute URLs are real ones.</summary>
    public bool HasHost => Host.Length > 0;

    /// <summary>The scheme and host (<c>https://news.example.org</c>), or empty without a host.</summary>
    public string Origin => HasHost ? $"{(UseHttps ? "https" : "http")}://{Host}" : "";

    /// <summary>A link for a site path such as <c>/articles/a/</c>: <c>/news/articles/a/</c> under a subpath.</summary>
    public string To(string sitePath) => _root + sitePath.TrimStart('/');

    /// <summary>An absolute URL when a host is set; otherwise the same as <see cref="To"/>.</summary>
    public string Absolute(string sitePath) =>
        Origin + To(sitePath);
}
