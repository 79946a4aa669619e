using System.Collections.Concurrent;
using RareNewsSite.Engine;

namespace RareNewsSite.Incremental;

/// <summary>
/// Which document the last good preview build wrote to each output path. A later build handed the very same
/// document (see <see cref="DocumentMemo"/>) need not write it again: the output already holds its bytes.
/// </summary>
public sealed class OutputLedger
{
    // Only read while a build runs; changed by Commit.
    private readonly Dictionary<string, Document> _committed = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Document> _written = new(StringComparer.Ordinal);

    /// <summary>Starts a build.</summary>
    public void Begin() => _written = new(StringComparer.Ordinal);

    /// <summary>True when the last good build wrote this very document to <paramref name="destination"/>.</summary>
    public bool Holds(string destination, Document document) =>
        _committed.TryGetValue(destination, out var written) && ReferenceEquals(written, document);

    /// <summary>Notes that the current build wrote <paramref name="document"/> to <paramref name="destination"/>.</summary>
    public void Record(string destination, Document document) => _written[destination] = document;

    /// <summary>The build succeeded: what it wrote becomes the last good output, and the files it no longer makes go.</summary>
    public void Commit(IEnumerable<string> deleted)
    {
        foreach (var (destination, document) in _written)
        {
            _committed[destination] = document;
        }
        foreach (var destination in deleted)
        {
            _committed.Remove(destination);
        }
        _written = new(StringComparer.Ordinal);
    }
}
