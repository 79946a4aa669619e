using RareNewsSite.IO;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// What changed from build to build of one cache, as Salsa keeps a revision per input: which files read by some step
/// changed, and at which positions each pipeline's processed documents were replaced. A step that was brought up to
/// date in build <c>n</c> asks what changed after <c>n</c> and looks only at the documents that read those things
/// (see <see cref="ReadIndex"/>), instead of checking every document's reads again.
/// </summary>
/// <remarks>
/// The answer is null ("look at everything") when it cannot be given cheaply: the step is older than the history
/// kept, or a pipeline's documents were added, removed or moved (a lookup may then find another document).
/// </remarks>
internal sealed class ChangeLog
{
    // Builds of history kept; a step not run for longer than that checks every document once.
    private const int Horizon = 64;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, byte[]?> _files = new(StringComparer.Ordinal);
    private readonly List<(int Build, string Path)> _fileChanges = [];
    private readonly Dictionary<string, History> _pipelines = new(StringComparer.Ordinal);
    private int _oldestFileBuild;
    private long? _stamp;

    /// <summary>
    /// Starts watching the file at <paramref name="path"/>, which a step read (its bytes or whether it exists) and saw
    /// <paramref name="seen"/>; a change is logged now when the read gives something else already.
    /// </summary>
    public void Watch(string path, Read read, object? seen, BuildState state)
    {
        lock (_lock)
        {
            if (_files.ContainsKey(path))
            {
                return;
            }
            _files[path] = (byte[]?)new FileRead(path).Current(state);
            if (!read.Same(seen, read.Current(state)))
            {
                _fileChanges.Add((state.Number, path));
            }
        }
    }

    /// <summary>
    /// Compares every watched file with what the last build saw (the same array, mostly); done at the start of every
    /// build, so a file changed and changed back between two builds of a step is still seen as changed.
    /// </summary>
    public void Refresh(BuildState state)
    {
        lock (_lock)
        {
            // A file system that knows what changed since the last build (the preview's) names the files to compare.
            var tells = state.Files as ITellsChanges;
            var named = tells is not null && _stamp is { } stamp ? tells.ChangedSince(stamp) : null;
            _stamp = tells?.Stamp;
            var compared = named is null ? _files.ToArray() : [.. named.Where(_files.ContainsKey).Select(p => KeyValuePair.Create(p, _files[p]))];
            foreach (var (path, seen) in compared)
            {
                var file = new FileRead(path);
                var now = (byte[]?)file.Current(state);
                if (!file.Same(seen, now))
                {
                    _files[path] = now;
                    _fileChanges.Add((state.Number, path));
                }
            }
            Trim(_fileChanges, state.Number, ref _oldestFileBuild);
        }
    }

    /// <summary>The files watched that changed in a build after <paramref name="build"/>; null when that is not known.</summary>
    public IReadOnlyList<string>? FilesChangedAfter(int build)
    {
        lock (_lock)
        {
            return build < _oldestFileBuild ? null : [.. _fileChanges.Where(c => c.Build > build).Select(c => c.Path)];
        }
    }

    /// <summary>Notes a pipeline's processed documents in this build, by the positions that are not the very same document.</summary>
    public void Processed(string pipeline, Document[] docs, int build)
    {
        lock (_lock)
        {
            if (!_pipelines.TryGetValue(pipeline, out var history))
            {
                _pipelines[pipeline] = new History(docs, build);
                return;
            }
            var before = history.Docs;
            history.Docs = docs;
            if (before.Length != docs.Length)
            {
                history.MovedIn = build;
                return;
            }
            for (var i = 0; i < docs.Length; i++)
            {
                if (!ReferenceEquals(before[i], docs[i]))
                {
                    if (!string.Equals(before[i].Source, docs[i].Source, StringComparison.Ordinal))
                    {
                        history.MovedIn = build;
                        return;
                    }
                    history.Changes.Add((build, i));
                }
            }
            Trim(history.Changes, build, ref history.Oldest);
        }
    }

    /// <summary>
    /// The positions of <paramref name="pipeline"/>'s processed documents replaced in a build after
    /// <paramref name="build"/>; null when documents moved since, or that is not known.
    /// </summary>
    public IReadOnlyList<int>? PositionsChangedAfter(string pipeline, int build)
    {
        lock (_lock)
        {
            return _pipelines.TryGetValue(pipeline, out var history) && history.MovedIn <= build && history.Oldest <= build
                ? [.. history.Changes.Where(c => c.Build > build).Select(c => c.Position)]
                : null;
        }
    }

    private static void Trim<T>(List<(int Build, T)> changes, int now, ref int oldest)
    {
        if (changes.Count > 0 && changes[0].Build < now - Horizon)
        {
            var keep = changes.FindIndex(c => c.Build >= now - Horizon);
            changes.RemoveRange(0, keep < 0 ? changes.Count : keep);
            oldest = now - Horizon;
        }
    }


    private sealed class History(Document[] docs, int build)
    {
        public Document[] Docs { get; set; } = docs;

        /// <summary>The last build in which documents were added, removed or moved (or the first build seen).</summary>
        public int MovedIn { get; set; } = build;

        public List<(int Build, int Position)> Changes { get; } = [];

        public int Oldest;
    }
}
