using System.Runtime.InteropServices;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// A per-document step's reads turned around: for each thing read, the positions whose run read it. With it a
/// step finds the few documents an edit touches from what changed (<see cref="ChangeLog"/>) without checking the
/// reads of every document, which at 10,000 documents costs more than the step's real work.
/// </summary>
/// <remarks>
/// Lookups of another pipeline's document are indexed by that document's position, files by path; everything else
/// (settings, the theme, the clock's answer for a date, whole lists) by the read and the value seen, and asked
/// again once per build: they are few, or (one date per article) cheap to ask.
/// </remarks>
internal sealed class ReadIndex
{
    private readonly Dictionary<(Read Read, object? Seen), List<int>> _others = new(BuildState.SeenComparer.Instance);
    private readonly Dictionary<string, List<int>> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Pipeline, int Position), List<int>> _lookups = [];
    private readonly HashSet<string> _pipelines = new(StringComparer.Ordinal);

    /// <summary>How many things read it lists: no more than the documents read now, however many builds came before.</summary>
    public int Count => _others.Count + _files.Count + _lookups.Count;

    /// <summary>The index of a run's reads, position by position.</summary>
    public static ReadIndex Of(ReadSet[] reads, BuildState state)
    {
        var index = new ReadIndex();
        // Documents that read the same things share one set: each set is taken apart once.
        var bySet = new Dictionary<ReadSet, List<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < reads.Length; i++)
        {
            (bySet.TryGetValue(reads[i], out var list) ? list : bySet[reads[i]] = []).Add(i);
        }
        foreach (var (set, positions) in bySet)
        {
            for (var r = 0; r < set.Reads.Length; r++)
            {
                index.Change(set.Reads[r], set.Values[r], positions, add: true, state);
            }
        }
        return index;
    }

    /// <summary>Moves each of <paramref name="positions"/> from what it read before to what it reads now.</summary>
    public void Replace(int[] positions, ReadSet[] before, ReadSet[] now, BuildState state)
    {
        foreach (var position in positions)
        {
            Replace(position, before[position], now[position], state);
        }
    }

    private void Replace(int position, ReadSet before, ReadSet now, BuildState state)
    {
        if (ReferenceEquals(before, now))
        {
            return;
        }
        List<int> only = [position];
        for (var r = 0; r < before.Reads.Length; r++)
        {
            Change(before.Reads[r], before.Values[r], only, add: false, state);
        }
        for (var r = 0; r < now.Reads.Length; r++)
        {
            Change(now.Reads[r], now.Values[r], only, add: true, state);
        }
    }

    /// <summary>
    /// The positions whose reads may give something else after build <paramref name="validatedIn"/>, or null when that
    /// cannot be told from the change log (then every document's reads must be checked).
    /// </summary>
    public HashSet<int>? Touched(BuildState state, int validatedIn)
    {
        var changes = state.Cache!.Changes;
        var touched = new HashSet<int>();
        foreach (var ((read, seen), positions) in _others)
        {
            if (positions.Count > 0 && !state.StillSame(read, seen))
            {
                touched.UnionWith(positions);
            }
        }
        if (_files.Count > 0)
        {
            if (changes.FilesChangedAfter(validatedIn) is not { } files)
            {
                return null;
            }
            foreach (var path in files)
            {
                if (_files.TryGetValue(path, out var positions))
                {
                    touched.UnionWith(positions);
                }
            }
        }
        foreach (var pipeline in _pipelines)
        {
            if (changes.PositionsChangedAfter(pipeline, validatedIn) is not { } changed)
            {
                return null;
            }
            foreach (var at in changed)
            {
                if (_lookups.TryGetValue((pipeline, at), out var positions))
                {
                    touched.UnionWith(positions);
                }
            }
        }
        return touched;
    }

    // Lists (add) or unlists (remove) positions as having read read and seen seen, in the table for that kind of read. A
    // lookup is listed by where the document read is now, a file by its path (and watched for changes from then on).
    private void Change(Read read, object? seen, List<int> positions, bool add, BuildState state)
    {
        switch (read)
        {
            case LookupRead lookup:
                if (add)
                {
                    _pipelines.Add(lookup.Pipeline);
                }
                Change(_lookups, (lookup.Pipeline, lookup.PositionNow(state)), positions, add);
                break;
            case FileRead or FileExistsRead:
                var path = read is FileRead file ? file.Path : ((FileExistsRead)read).Path;
                if (add)
                {
                    state.Cache!.Changes.Watch(path, read, seen, state);
                }
                Change(_files, path, positions, add);
                break;
            default:
                Change(_others, (read, seen), positions, add);
                break;
        }
    }

    // A list left empty goes with its key: the key holds the value that was seen (for a list read, a whole build's
    // documents), and a preview that kept every such key grew by about 1 MiB per save at 10,000 articles.
    private static void Change<TKey>(Dictionary<TKey, List<int>> lists, TKey key, List<int> positions, bool add) where TKey : notnull
    {
        if (add)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, key, out _);
            (list ??= []).AddRange(positions);
            return;
        }
        if (lists.TryGetValue(key, out var listed))
        {
            foreach (var position in positions)
            {
                listed.Remove(position);
            }
            if (listed.Count == 0)
            {
                lists.Remove(key);
            }
        }
    }
}
