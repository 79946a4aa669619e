namespace RareNewsSite.Preview;

/// <summary>
/// Request paths of a site published under a subfolder (LinkRoot <c>/news/</c>): both servers serve it only
/// there, as its host will, so a link that forgot the subfolder shows up as a 404 before deploying.
/// </summary>
public static class SubfolderPaths
{
    /// <summary>The subfolder as <c>/news/</c> (from <c>news</c>, <c>/news</c> or <c>/news/</c>), or <c>/</c>.</summary>
    public static string Normalize(string root) => root.Trim('/') is { Length: > 0 } inner ? $"/{inner}/" : "/";

    /// <summary>The site path a request is for (<c>/news/a/</c> is <c>/a/</c>), or null when it is outside the subfolder.</summary>
    public static string? SitePath(string requestPath, string root)
    {
        var normalized = Normalize(root);
        return (requestPath + "/").StartsWith(normalized, StringComparison.Ordinal)
            ? requestPath.Length >= normalized.Length ? requestPath[(normalized.Length - 1)..] : "/"
            : null;
    }

    /// <summary>A site path as the browser asks for it (<c>/a/</c> is <c>/news/a/</c>).</summary>
    public static string RequestPath(string sitePath, string root) => Normalize(root).TrimEnd('/') + sitePath;
}
