namespace RareNewsSite.Preview;

/// <summary>
/// Maps a request path to a file inside the output folder, and nothing outside it: no <c>..</c>, no
/// encoded traversal, no symbolic links that lead out. <c>/a/</c> and <c>/a</c> map to <c>a/index.html</c>.
/// </summary>
public sealed class OutputFileResolver(string outputFolder)
{
    private readonly string _root = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>The file to serve, or null for 404.</summary>
    public string? Resolve(string requestPath)
    {
        // The path arrives decoded once by Kestrel; a '%' left in it means double encoding, refused.
        if (requestPath.Contains('\\', StringComparison.Ordinal) || requestPath.Contains('\0', StringComparison.Ordinal) || requestPath.Contains('%', StringComparison.Ordinal))
        {
            return null;
        }
        var segments = requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.')))
        {
            return null;
        }
        var candidate = Path.GetFullPath(Path.Combine(_root, string.Join(Path.DirectorySeparatorChar, segments)));
        if (!candidate.StartsWith(_root, StringComparison.Ordinal) && candidate + Path.DirectorySeparatorChar != _root)
        {
            return null;
        }
        if (Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }
        return File.Exists(candidate) && Inside(candidate) ? candidate : null;
    }

    /// <summary>The output's 404 page, if it has one.</summary>
    public string? NotFoundPage => File.Exists(_root + "404.html") ? _root + "404.html" : null;

    private bool Inside(string file)
    {
        // Resolve links on the file and each folder on the way, so a symlink cannot lead outside.
        var info = new FileInfo(file);
        if (info.LinkTarget is not null && !(info.ResolveLinkTarget(true)?.FullName.StartsWith(_root, StringComparison.Ordinal) ?? false))
        {
            return false;
        }
        for (var dir = info.Directory; dir is not null && (dir.FullName + Path.DirectorySeparatorChar).Length > _root.Length; dir = dir.Parent)
        {
            if (dir.LinkTarget is not null)
            {
                return false;
            }
        }
        return true;
    }
}
