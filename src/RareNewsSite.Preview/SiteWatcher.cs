namespace RareNewsSite.Preview;

/// <summary>Watches <c>input/</c>, <c>theme/</c> and <c>statiq.json</c> below a site root and reports changed paths, relative to it.</summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly string _root;
    private readonly Action<string> _changed;

    /// <summary>Starts watching; <paramref name="changed"/> is called from the watcher's thread.</summary>
    public SiteWatcher(string root, Action<string> changed)
    {
        _root = Path.GetFullPath(root);
        _changed = changed;
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Report(e.FullPath);
        _watcher.Created += (_, e) => Report(e.FullPath);
        _watcher.Deleted += (_, e) => Report(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath);
            Report(e.FullPath);
        };
        // Too many changes at once: the list is lost, so rebuild everything below the watched folders.
        _watcher.Error += (_, _) =>
        {
            _changed("input/");
            _changed("theme/");
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>The site-relative path if it is one the site is built from, else null (output, editor backups, .git).</summary>
    public static string? Relevant(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        var name = Path.GetFileName(relative);
        if (IsEditorTemporary(name))
        {
            return null;
        }
        // The folders themselves count: `rarenews theme eject` in a site without theme/ makes the folder and its files
        // at once, faster than the watcher starts watching the new folder, so its files may never be reported one by one.
        return relative is "statiq.json" or "input" or "theme" || relative.StartsWith("input/", StringComparison.Ordinal) || relative.StartsWith("theme/", StringComparison.Ordinal)
            ? relative
            : null;
    }

    /// <summary>
    /// Files editors and tools write next to the one being saved and then rename or delete: hidden files, backups
    /// (<c>x~</c>), vim's swap files and its <c>4913</c> probe, and <c>sed -i</c>'s <c>sedXXXXXX</c>.
    /// </summary>
    public static bool IsEditorTemporary(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal)
        || name == "4913" || name.Length == 9 && name.StartsWith("sed", StringComparison.Ordinal) && name[3..].All(char.IsAsciiLetterOrDigit);

    private void Report(string fullPath)
    {
        if (Relevant(_root, fullPath) is { } relative)
        {
            // A folder that came or went stands for everything below it.
            _changed(Directory.Exists(fullPath) || !Path.HasExtension(relative) ? relative + "/" : relative);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _watcher.Dispose();
}
