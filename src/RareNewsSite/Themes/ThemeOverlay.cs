using RareNewsSite.IO;

namespace RareNewsSite.Themes;

/// <summary>
/// A site's files with the built-in theme beneath them, as Hugo puts a project's layouts over its theme's: a site file
/// at a built-in file's path (<c>theme/layouts/article.sbn-html</c>, a partial, an asset) is read instead of it, and
/// built-in files the site does not have are read from the tool. The engine sees one set of <c>theme/</c> paths, so it
/// records reads of them as of any site file, and a preview rebuilds whatever a file that starts or stops overriding a
/// built-in one touches (its bytes change under the same path).
/// </summary>
public sealed class ThemeOverlay : ISiteFileSystem
{
    private readonly ISiteFileSystem _site;
    private readonly IReadOnlyDictionary<string, byte[]> _builtIn;

    /// <summary>Puts <paramref name="builtIn"/> (by site-relative path) beneath <paramref name="site"/>.</summary>
    public ThemeOverlay(ISiteFileSystem site, IReadOnlyDictionary<string, byte[]> builtIn)
    {
        _site = site;
        _builtIn = builtIn;
    }

    /// <summary>The site folder at <paramref name="root"/> over the theme built into the tool.</summary>
    public static ThemeOverlay OverBuiltIn(string root) => new(new PhysicalFileSystem(root), BuiltInTheme.Files);

    /// <summary>The site's own files, without the built-in theme.</summary>
    public ISiteFileSystem Site => _site;

    /// <inheritdoc />
    public bool FileExists(string path) => _builtIn.ContainsKey(path) || _site.FileExists(path);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) =>
        _builtIn.TryGetValue(path, out var builtIn) && !SiteHas(path) ? builtIn : _site.ReadAllBytes(path);

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles(string folder, string suffix)
    {
        var own = _site.ListFiles(folder, suffix);
        var prefix = folder.TrimEnd('/') + "/";
        var builtIn = _builtIn.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)).ToList();
        return builtIn.Count == 0 ? own : [.. own.Union(builtIn, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    /// <remarks>A built-in file has none (it is part of the program); a site file has its own.</remarks>
    public FileStamp? Stamp(string path) => _builtIn.ContainsKey(path) && !SiteHas(path) ? null : _site.Stamp(path);

    /// <inheritdoc />
    public string ShownPath(string path) =>
        _builtIn.ContainsKey(path) && !SiteHas(path) ? BuiltInTheme.ShownPrefix + path : _site.ShownPath(path);

    // Whether the site's own file overrides a built-in one. Asked of the site's listing, not of the file itself: the
    // listing leaves out a symbolic link that leads out of the site, which must not be read in place of a built-in file
    // any more than anywhere else. Only theme files are asked, a listing of one small folder each.
    private bool SiteHas(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash > 0 && _site.ListFiles(path[..slash], "").Contains(path, StringComparer.Ordinal);
    }
}
