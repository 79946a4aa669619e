using RareNewsSite.IO;

namespace RareNewsSite.Preview;

/// <summary>
/// Watches a site root and rebuilds a <see cref="PreviewSession"/> after each burst of saves, one build at a
/// time and in order; the session tells open pages to reload once each build has finished.
/// </summary>
public sealed class PreviewLoop : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Debouncer _debouncer;
    private readonly SiteWatcher _watcher;
    private readonly CancellationToken _stopping;
    private Task _builds = Task.CompletedTask;

    /// <summary>Starts watching <paramref name="root"/>; <paramref name="rebuild"/> runs each rebuild (the CLI times and reports it).</summary>
    public PreviewLoop(string root, TimeSpan debounce, Func<ChangeSet, CancellationToken, Task> rebuild, CancellationToken stopping)
    {
        _stopping = stopping;
        _debouncer = new Debouncer(debounce, paths =>
        {
            lock (_lock)
            {
                _builds = _builds.ContinueWith(_ => rebuild(ChangeSet.Of(paths), _stopping), TaskScheduler.Default).Unwrap();
            }
        });
        _watcher = new SiteWatcher(root, _debouncer.Add);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher.Dispose();
        _debouncer.Dispose();
    }
}
