using System.Collections.Concurrent;
using System.Text;

namespace RareNewsSite.IO;

/// <summary>A site root held in memory, so tests and benchmarks build without touching disk.</summary>
public sealed class InMemoryFileSystem : ISiteFileSystem
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces a text file (UTF-8, no BOM).</summary>
    public InMemoryFileSystem Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Adds or replaces a file.</summary>
    public InMemoryFileSystem Add(string path, byte[] bytes)
    {
        _files[path.Replace('\\', '/')] = bytes;
        return this;
    }

    /// <summary>Removes a file.</summary>
    public void Remove(string path) => _files.TryRemove(path, out _);

    /// <inheritdoc />
    public bool FileExists(string path) => _files.ContainsKey(path);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException(path);

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles(string folder, string suffix)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return [.. _files.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }
}
