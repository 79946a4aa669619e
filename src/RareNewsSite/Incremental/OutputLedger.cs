using RareNewsSite.Engine;

namespace RareNewsSite.Incremental;

/// <summary>
/// Which document the last good preview build wrote to each output path. A later build handed the very same
/// document (see <see cref="DocumentMemo"/>) need not write it again: the output already holds its bytes.
/// </summary>
public sealed class OutputLedger
{
    private readonly CommittedTable<Document> _written = new();

    /// <summary>Starts a build.</summary>
    public void Begin() => _written.Begin();

    /// <summary>True when the last good build wrote this very document to <paramref name="destination"/>.</summary>
    public bool Holds(string destination, Document document) =>
        _written.TryGetCommitted(destination, out var written) && ReferenceEquals(written, document);

    /// <summary>Notes that the current build wrote <paramref name="document"/> to <paramref name="destination"/>.</summary>
    public void Record(string destination, Document document) => _written.Record(destination, document);

    /// <summary>The build succeeded: what it wrote becomes the last good output, and the files it no longer makes go.</summary>
    public void Commit(IEnumerable<string> deleted) => _written.Commit(deleted);
}
