using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace RareNewsSite.Incremental;

/// <summary>
/// The pages of the last good build with what each was made from. A page is rendered again only when one
/// of its dependencies changed or its dependency set itself changed (a list gained or lost an article, a
/// page count changed); otherwise its previous HTML is reused as it is.
/// </summary>
public sealed class RenderCache
{
    private ImmutableDictionary<string, Entry> _previous = ImmutableDictionary<string, Entry>.Empty.WithComparers(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private ChangeSet _changes = ChangeSet.Everything;
    private int _reused;
    private int _rendered;

    /// <summary>Pages reused in the current build.</summary>
    public int Reused => _reused;

    /// <summary>Pages rendered in the current build.</summary>
    public int Rendered => _rendered;

    /// <summary>Starts a build in which <paramref name="changes"/> are the inputs changed since the last good build.</summary>
    public void Begin(ChangeSet changes)
    {
        _changes = changes;
        _current.Clear();
        _reused = 0;
        _rendered = 0;
    }

    /// <summary>The HTML rendered last time for this page, if nothing it was made from has changed since.</summary>
    public string? TryReuse(string destination, ImmutableSortedSet<string> dependencies)
    {
        if (!_previous.TryGetValue(destination, out var entry) || !entry.Dependencies.SetEquals(dependencies) || _changes.Touches(dependencies))
        {
            Interlocked.Increment(ref _rendered);
            return null;
        }
        Interlocked.Increment(ref _reused);
        _current[destination] = entry;
        return entry.Html;
    }

    /// <summary>Records a freshly rendered page.</summary>
    public void Store(string destination, ImmutableSortedSet<string> dependencies, string html) =>
        _current[destination] = new Entry(dependencies, html);

    /// <summary>The build succeeded: its pages become the ones to compare the next build with.</summary>
    public void Commit() => _previous = _current.ToImmutableDictionary(StringComparer.Ordinal);

    private sealed record Entry(ImmutableSortedSet<string> Dependencies, string Html);
}
