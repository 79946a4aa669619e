namespace RareNewsSite.Preview;

/// <summary>Watches <c>input/</c>, <c>theme/</c> and <c>statiq.json</c> below a site root and reports changed paths, relative to it.</summary>
/// <remarks>
/// Only those are watched: a watcher that takes in a folder's subfolders holds an inotify watch for each, made by
/// listing every one when it starts, and a site root also holds the image cache (a folder per made image: about
/// 10,000 at 10,000 articles), <c>output/</c>, <c>.git</c> and <c>node_modules</c>. The root itself is watched
/// without its subfolders, for <c>statiq.json</c> and for <c>input/</c> or <c>theme/</c> coming and going.
/// </remarks>
public sealed class SiteWatcher : IDisposable
{
    private static readonly string[] SourceFolders = ["input", "theme"];

    private readonly FileSystemWatcher _rootWatcher;
    private readonly Dictionary<string, FileSystemWatcher> _folderWatchers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly string _root;
    private readonly Action<string> _changed;
    private bool _disposed;

    /// <summary>Starts watching; <paramref name="changed"/> is called from the watcher's thread.</summary>
    public SiteWatcher(string root, Action<string> changed)
    {
        _root = Path.GetFullPath(root);
        _changed = changed;
        _rootWatcher = Watch(_root, subfolders: false);
        foreach (var folder in SourceFolders)
        {
            FolderCameOrWent(folder);
        }
    }

    /// <summary>The folders watched with their subfolders now (<c>input</c>, <c>theme</c>, those that exist), sorted.</summary>
    internal IReadOnlyList<string> Watching
    {
        get
        {
            lock (_lock)
            {
                return [.. _folderWatchers.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    private FileSystemWatcher Watch(string folder, bool subfolders)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = subfolders,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        if (!subfolders)
        {
            // Before the reports, so a folder is watched by the time its arrival is reported.
            watcher.Created += (_, e) => FolderCameOrWent(e.Name);
            watcher.Deleted += (_, e) => FolderCameOrWent(e.Name);
            watcher.Renamed += (_, e) =>
            {
                FolderCameOrWent(e.OldName);
                FolderCameOrWent(e.Name);
            };
        }
        watcher.Changed += (_, e) => Report(e.FullPath);
        watcher.Created += (_, e) => Report(e.FullPath);
        watcher.Deleted += (_, e) => Report(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath);
            Report(e.FullPath);
        };
        // Too many changes at once: the list is lost, so rebuild everything below the watched folders.
        watcher.Error += (_, _) =>
        {
            _changed("input/");
            _changed("theme/");
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    // Starts or stops watching input/ or theme/ with their subfolders as the folder comes or goes. A folder that comes
    // with files already in it (`theme eject`) is reported as a whole by the root's watcher, so none is missed.
    private void FolderCameOrWent(string? name)
    {
        if (name is null || !SourceFolders.Contains(name))
        {
            return;
        }
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }
            var path = Path.Combine(_root, name);
            if (_folderWatchers.Remove(name, out var old))
            {
                old.Dispose();
            }
            if (Directory.Exists(path))
            {
                _folderWatchers[name] = Watch(path, subfolders: true);
            }
        }
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
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _rootWatcher.Dispose();
            foreach (var watcher in _folderWatchers.Values)
            {
                watcher.Dispose();
            }
            _folderWatchers.Clear();
        }
    }
}
