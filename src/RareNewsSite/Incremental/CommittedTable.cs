using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace RareNewsSite.Incremental;

/// <summary>
/// Values by output path as of the last good build, plus what the current build records. A build only reads the
/// committed values (so many threads may, without locks) and records what differs; when it succeeds, its records
/// replace the committed ones and the paths it no longer makes are dropped; when it fails, they are forgotten.
/// </summary>
public sealed class CommittedTable<TValue>
{
    private readonly Dictionary<string, TValue> _committed = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, TValue> _recorded = new(StringComparer.Ordinal);

    /// <summary>Starts a build: forgets what a failed build recorded.</summary>
    public void Begin() => _recorded = new(StringComparer.Ordinal);

    /// <summary>The value the last good build left for <paramref name="path"/>.</summary>
    public bool TryGetCommitted(string path, [MaybeNullWhen(false)] out TValue value) => _committed.TryGetValue(path, out value);

    /// <summary>Records <paramref name="value"/> for <paramref name="path"/> in the current build.</summary>
    public void Record(string path, TValue value) => _recorded[path] = value;

    /// <summary>The build succeeded: its records become the committed values, and <paramref name="deleted"/> go.</summary>
    public void Commit(IEnumerable<string> deleted)
    {
        foreach (var (path, value) in _recorded)
        {
            _committed[path] = value;
        }
        foreach (var path in deleted)
        {
            _committed.Remove(path);
        }
        _recorded = new(StringComparer.Ordinal);
    }
}
