using System.IO.Enumeration;

namespace RareNewsSite.IO;

/// <summary>The site root on disk.</summary>
public sealed class PhysicalFileSystem(string root) : ISiteFileSystem
{
    /// <summary>The absolute root folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public bool FileExists(string path) => File.Exists(Resolve(path));

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(Resolve(path));

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles(string folder, string suffix)
    {
        var full = Resolve(folder);
        if (!Directory.Exists(full))
        {
            return [];
        }
        // The enumeration says which entries are links; a folder is looked at once for all the files in it.
        var files = new FileSystemEnumerable<(string Path, bool IsLink)>(full, (ref FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        var folders = new Dictionary<string, bool>(StringComparer.Ordinal);
        return [.. files
            .Where(f => f.Path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && (!f.IsLink || LinkStaysInside(new FileInfo(f.Path))) && FolderStaysInside(Path.GetDirectoryName(f.Path)!, folders))
            .Select(f => Path.GetRelativePath(Root, f.Path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    /// <remarks>A symbolic link has none: its own time says nothing of what it points at.</remarks>
    public FileStamp? Stamp(string path)
    {
        try
        {
            var info = new FileInfo(Resolve(path));
            return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0 ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private string Resolve(string path) => Path.Combine(Root, path);

    // A symbolic link below the root that leads out of it (to ~/.ssh, say) is not part of the site: neither
    // `build` nor the preview server may publish what it points at.
    private bool LinkStaysInside(FileSystemInfo entry) =>
        entry.LinkTarget is null || (entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName.StartsWith(RootWithSeparator, StringComparison.Ordinal) ?? false);

    /// <summary>True when neither <paramref name="folder"/> nor a folder above it, up to the root, is a link leading out.</summary>
    private bool FolderStaysInside(string folder, Dictionary<string, bool> known)
    {
        if (folder.Length < RootWithSeparator.Length)
        {
            return true; // the root itself, or above it: the site's own place
        }
        if (!known.TryGetValue(folder, out var stays))
        {
            stays = LinkStaysInside(new DirectoryInfo(folder)) && FolderStaysInside(Path.GetDirectoryName(folder)!, known);
            known[folder] = stays;
        }
        return stays;
    }

    private string RootWithSeparator => field ??= Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
