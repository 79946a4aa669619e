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
        return [.. Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && StaysInside(f))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    private string Resolve(string path) => Path.Combine(Root, path);

    // A symbolic link below the root that leads out of it (to ~/.ssh, say) is not part of the site: neither
    // `build` nor the preview server may publish what it points at.
    private bool StaysInside(string file)
    {
        var root = Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        for (FileSystemInfo? entry = new FileInfo(file); entry is not null && entry.FullName.Length >= root.Length; entry = (entry as FileInfo)?.Directory ?? (entry as DirectoryInfo)?.Parent)
        {
            if (entry.LinkTarget is not null && !(entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName.StartsWith(root, StringComparison.Ordinal) ?? false))
            {
                return false;
            }
        }
        return true;
    }
}
