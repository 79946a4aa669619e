namespace RareNewsSite.Preview;

/// <summary>
/// Maps a request path to a file of the in-memory site, as a static host would: <c>/a/</c> to <c>a/index.html</c>,
/// <c>/a</c> redirected to <c>/a/</c>. Anything that is not plainly a path inside the site is refused: dot
/// segments, encoded characters left after Kestrel's decoding (double encoding), backslashes, NUL.
/// </summary>
public static class SnapshotPaths
{
    /// <summary>Where a request path leads: a file, a redirect, or nothing (404).</summary>
    public readonly record struct Resolution(string? File, string? RedirectTo);

    /// <summary>Resolves <paramref name="requestPath"/> against <paramref name="files"/>.</summary>
    public static Resolution Resolve(string requestPath, IReadOnlyDictionary<string, byte[]> files) => Resolve(requestPath, files.ContainsKey);

    /// <summary>Resolves <paramref name="requestPath"/> against the files for which <paramref name="exists"/> is true.</summary>
    public static Resolution Resolve(string requestPath, Func<string, bool> exists)
    {
        if (requestPath.Length == 0 || requestPath[0] != '/' || requestPath.AsSpan().IndexOfAny('\\', '\0', '%') >= 0)
        {
            return default;
        }
        var segments = requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.')))
        {
            return default;
        }
        var relative = string.Join('/', segments);
        if (requestPath.EndsWith('/'))
        {
            var index = relative.Length == 0 ? "index.html" : relative + "/index.html";
            return exists(index) ? new Resolution(index, null) : default;
        }
        if (exists(relative))
        {
            return new Resolution(relative, null);
        }
        return exists(relative + "/index.html") ? new Resolution(null, "/" + relative + "/") : default;
    }
}
