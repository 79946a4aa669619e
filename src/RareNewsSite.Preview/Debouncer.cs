namespace RareNewsSite.Preview;

/// <summary>
/// Collects changed paths and hands them over together once no new change came for <c>quiet</c>: an editor's
/// save often touches a file several times (temp file, rename, attributes), and that should be one rebuild.
/// </summary>
public sealed class Debouncer(TimeSpan quiet, Action<IReadOnlyCollection<string>> flush) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private Timer? _timer;

    /// <summary>Records a change and restarts the quiet period.</summary>
    public void Add(string path)
    {
        lock (_lock)
        {
            _paths.Add(path);
            _timer ??= new Timer(_ => Flush());
            _timer.Change(quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] paths;
        lock (_lock)
        {
            paths = [.. _paths.Order(StringComparer.Ordinal)];
            _paths.Clear();
        }
        if (paths.Length > 0)
        {
            flush(paths);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}
