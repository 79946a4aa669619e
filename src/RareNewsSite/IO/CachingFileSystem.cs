using System.Collections.Concurrent;

namespace RareNewsSite.IO;

/// <summary>
/// Keeps the files a build read in memory until a change set says they changed, so a preview rebuild reads
/// only the files that were saved rather than the whole site.
/// </summary>
internal sealed class CachingFileSystem(ISiteFileSystem inner) : ISiteFileSystem, ITellsChanges
{
    // Change sets told since the oldest one kept; an older stamp is answered "anything may have changed".
    private const int History = 64;

    private readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Listed, IReadOnlyList<string>> _lists = new();
    private readonly List<ChangeSet> _told = [];
    private readonly Lock _lock = new();
    private long _stamp;

    /// <inheritdoc />
    public long Stamp
    {
        get
        {
            lock (_lock)
            {
                return _stamp;
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string>? ChangedSince(long stamp)
    {
        lock (_lock)
        {
            var count = _stamp - stamp;
            if (count < 0 || count > _told.Count)
            {
                return null;
            }
            var since = _told.Skip(_told.Count - (int)count).ToList();
            return since.Any(c => c.IsEverything || c.Paths.Any(p => p.EndsWith('/'))) ? null : [.. since.SelectMany(c => c.Paths).Distinct()];
        }
    }

    /// <summary>Forgets the given paths, and the folder listings when a file came or went (not when one was only saved).</summary>
    public void Invalidate(ChangeSet changes)
    {
        lock (_lock)
        {
            _told.Add(changes);
            if (_told.Count > History)
            {
                _told.RemoveAt(0);
            }
            _stamp++;
        }
        if (changes.IsEverything || changes.Paths.Any(path => path.EndsWith('/') || inner.FileExists(path) != IsListed(path)))
        {
            _lists.Clear();
        }
        if (changes.IsEverything)
        {
            _bytes.Clear();
            return;
        }
        foreach (var path in changes.Paths)
        {
            if (path.EndsWith('/'))
            {
                foreach (var key in _bytes.Keys.Where(k => k.StartsWith(path, StringComparison.Ordinal)))
                {
                    _bytes.TryRemove(key, out _);
                }
            }
            _bytes.TryRemove(path, out _);
        }
    }

    private bool IsListed(string path) => _lists.Values.Any(files => files.Contains(path));

    /// <inheritdoc />
    public bool FileExists(string path) => _bytes.ContainsKey(path) || inner.FileExists(path);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) => _bytes.GetOrAdd(path, inner.ReadAllBytes);

    /// <inheritdoc />
    public string ShownPath(string path) => inner.ShownPath(path);

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles(string folder, string suffix) =>
        _lists.GetOrAdd(new Listed(folder, suffix), key => inner.ListFiles(key.Folder, key.Suffix));

    // A record, not a tuple: a framework dictionary keyed by a value type is compiled at every start.
    private sealed record Listed(string Folder, string Suffix);
}
