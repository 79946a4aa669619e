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
            .Where(f => f.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    private string Resolve(string path) => Path.Combine(Root, path);
}
