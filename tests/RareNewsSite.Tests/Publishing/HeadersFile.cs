namespace RareNewsSite.Tests.Publishing;

/// <summary>
/// Reads a <c>_headers</c> file the way Netlify and Cloudflare Pages match it: a rule is an exact path or a path ending
/// in <c>*</c> (any rest); a request gets the headers of every rule it matches.
/// </summary>
public sealed record HeadersFile(IReadOnlyList<(string Path, string CacheControl)> Rules)
{
    public static HeadersFile Parse(string text)
    {
        var rules = new List<(string, string)>();
        string? path = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }
            if (line.StartsWith("  Cache-Control: ", StringComparison.Ordinal))
            {
                rules.Add((path!, line["  Cache-Control: ".Length..]));
            }
            else
            {
                path = line;
            }
        }
        return new HeadersFile(rules);
    }

    /// <summary>The Cache-Control values of every rule that matches a request path.</summary>
    public IReadOnlyList<string> Match(string requestPath) =>
        [.. Rules.Where(r => r.Path.EndsWith('*') ? requestPath.StartsWith(r.Path[..^1], StringComparison.Ordinal) : requestPath == r.Path).Select(r => r.CacheControl)];

    /// <summary>The address a host serves an output file at: <c>articles/a/index.html</c> at <c>/articles/a/</c>.</summary>
    public static string RequestPath(string linkRoot, string outputFile) =>
        linkRoot + (outputFile == "index.html" ? "" : outputFile.EndsWith("/index.html", StringComparison.Ordinal) ? outputFile[..^"index.html".Length] : outputFile);
}
