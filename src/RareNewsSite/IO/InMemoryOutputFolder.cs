using System.Collections.Concurrent;
using System.Text;

namespace RareNewsSite.IO;

/// <summary>Collects a build's output in memory.</summary>
public sealed class InMemoryOutputFolder : IOutputFolder
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Every written path, sorted.</summary>
    public IReadOnlyList<string> Paths => [.. _files.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Every written file by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>True once a path was written a second time (a later page replaced an earlier one at its address).</summary>
    public bool Rewritten { get; private set; }

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> content) => Write(path, content.ToArray());

    /// <inheritdoc />
    public void Write(string path, byte[] content)
    {
        if (!_files.TryAdd(path, content))
        {
            _files[path] = content;
            Rewritten = true;
        }
    }

    /// <summary>True if the path was written.</summary>
    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>A written file's bytes.</summary>
    public byte[] ReadBytes(string path) => _files[path];

    /// <summary>A written file as UTF-8 text.</summary>
    public string ReadText(string path) => Encoding.UTF8.GetString(_files[path]);
}
