using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace RareNewsSite.Incremental;

/// <summary>
/// The pages of the last good build with what each was made from. A page is rendered again only when its
/// layout's files changed, one of its own dependencies changed, or its dependency set itself changed (a list
/// gained or lost an article, a page count changed); otherwise its previous HTML is reused as it is.
/// Every page of every preview build passes through here, so the checks avoid LINQ and sorted-set algebra, and
/// a build records only what differs from the last good one (most pages record nothing).
/// </summary>
public sealed class RenderCache
{
    private readonly CommittedTable<Entry> _pages = new();
    private ConcurrentDictionary<string, Lazy<LayoutState>> _layouts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> _layoutVersions = new(StringComparer.Ordinal);
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
        _pages.Begin();
        _layouts = new(StringComparer.Ordinal);
        _reused = 0;
        _rendered = 0;
    }

    /// <summary>
    /// The HTML rendered last time for this page, if it had the same layout and dependencies and nothing in
    /// them (nor in the layout's own files, see <see cref="LayoutVersion"/>, asked first) has changed since.
    /// </summary>
    public string? TryReuse(string destination, string layout, ImmutableSortedSet<string> dependencies)
    {
        if (!_pages.TryGetCommitted(destination, out var entry) || entry.Layout != layout || !SameSet(entry.Dependencies, dependencies)
            || _layouts[layout].Value.Changed || _changes.Touches(dependencies))
        {
            Interlocked.Increment(ref _rendered);
            return null;
        }
        Interlocked.Increment(ref _reused);
        return entry.Html;
    }

    /// <summary>
    /// A token that stays the same object from build to build until a build's changes touch one of the layout's
    /// own files (<paramref name="layoutDependencies"/>): a page laid out with the same token and from the same
    /// document renders the same. Changes are kept until a build succeeds, so every build until then gets a new
    /// token, and nothing laid out during a failed build is mistaken for current.
    /// </summary>
    public object LayoutVersion(string layout, Func<string, IEnumerable<string>> layoutDependencies) =>
        _layouts.GetOrAdd(layout, static (name, state) => new Lazy<LayoutState>(() =>
        {
            // Once per layout and build (the Lazy), however many pages ask at once.
            var (cache, dependencies) = state;
            var changed = cache._changes.Touches(dependencies(name));
            var version = changed ? cache._layoutVersions[name] = new object() : cache._layoutVersions.GetOrAdd(name, _ => new object());
            return new LayoutState(changed, version);
        }), (this, layoutDependencies)).Value.Version;

    /// <summary>
    /// Like <see cref="LayoutVersion"/>, for everything under <paramref name="folders"/> at once: a token renewed in
    /// every build whose changes touch any of them.
    /// </summary>
    public object ThemeVersion(IReadOnlyList<string> folders) => LayoutVersion("*", _ => folders);

    /// <summary>
    /// Records a page laid out earlier and handed back as it was. Usually the last good build has it already; if it
    /// was laid out in a build that failed, it becomes what the next build compares with once this one succeeds.
    /// </summary>
    public void Keep(string destination, string layout, ImmutableSortedSet<string> dependencies, string html)
    {
        Interlocked.Increment(ref _reused);
        if (!_pages.TryGetCommitted(destination, out var entry) || !ReferenceEquals(entry.Html, html) || !ReferenceEquals(entry.Dependencies, dependencies))
        {
            _pages.Record(destination, new Entry(layout, dependencies, html));
        }
    }

    /// <summary>Counts pages handed on by position as they were in the last good build, which committed them already.</summary>
    public void HandedOn(int pages) => Interlocked.Add(ref _reused, pages);

    /// <summary>Records a freshly rendered page.</summary>
    public void Store(string destination, string layout, ImmutableSortedSet<string> dependencies, string html) =>
        _pages.Record(destination, new Entry(layout, dependencies, html));

    /// <summary>The build succeeded: what it rendered replaces the last good pages, and the files it no longer makes go.</summary>
    public void Commit(IEnumerable<string> deleted) => _pages.Commit(deleted);

    // Both sets sort with the same comparer, so equal sets list the same strings in the same order.
    private static bool SameSet(ImmutableSortedSet<string> a, ImmutableSortedSet<string> b) =>
        ReferenceEquals(a, b) || a.Count == b.Count && a.SequenceEqual(b, StringComparer.Ordinal);

    private sealed record LayoutState(bool Changed, object Version);

    private sealed record Entry(string Layout, ImmutableSortedSet<string> Dependencies, string Html);
}
